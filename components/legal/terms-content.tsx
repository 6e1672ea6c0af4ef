import Link from "next/link";
/** General terms and conditions (AGB) for consumers. The German version is binding. */

type Locale = "de" | "en";

export function TermsContent({ locale }: { locale: Locale }) {
  return locale === "de" ? <TermsDe /> : <TermsEn />;
}

function TermsDe() {
  return (
    <>
      <h2>§ 1 Geltungsbereich</h2>
      <p>
        Diese Allgemeinen Geschäftsbedingungen gelten für alle Verträge, die Verbraucherinnen und
        Verbraucher (§ 13 BGB) über den Onlineshop Vitrine mit uns schließen, sowie für
        Reservierungen zur Abholung in unseren Geschäften. Abweichende Bedingungen erkennen wir
        nicht an.
      </p>

      <h2>§ 2 Vertragspartner</h2>
      <p>
        Ihr Vertragspartner ist die Vitrine Demo GmbH, Musterstraße 1, 10115 Berlin, eingetragen
        beim Amtsgericht Berlin-Charlottenburg unter HRB 000000 (Demo-Angaben). Weitere Angaben
        finden Sie im <Link href="/legal/imprint">Impressum</Link>.
      </p>

      <h2>§ 3 Vertragsschluss</h2>
      <ol>
        <li>
          Die Darstellung der Produkte im Shop ist kein rechtlich bindendes Angebot, sondern eine
          Aufforderung, eine Bestellung abzugeben.
        </li>
        <li>
          Sie legen Produkte in den Warenkorb, wählen Lieferart und Zahlungsart und sehen vor dem
          Absenden alle Angaben auf einer Übersichtsseite. Dort können Sie Eingabefehler
          korrigieren. Mit dem Klick auf die Schaltfläche „Zahlungspflichtig bestellen“ geben Sie
          ein verbindliches Angebot zum Kauf der Waren im Warenkorb ab.
        </li>
        <li>
          Wir bestätigen den Eingang Ihrer Bestellung unverzüglich per E-Mail. Diese
          Eingangsbestätigung ist noch keine Annahme Ihres Angebots.
        </li>
        <li>
          Der Vertrag kommt zustande, wenn wir Ihr Angebot annehmen – durch eine gesonderte E-Mail
          (Auftragsbestätigung) oder durch den Versand der Ware, spätestens innerhalb von zwei
          Werktagen nach Ihrer Bestellung.
        </li>
      </ol>

      <h2 id="shipping">§ 4 Preise und Versandkosten</h2>
      <p>
        Alle Preise sind Endpreise einschließlich der gesetzlichen Umsatzsteuer. Hinzu kommen die
        Versandkosten der gewählten Lieferart:
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Lieferart</th>
            <th scope="col">Versandkosten (Deutschland)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Standardversand</th>
            <td>4,90 €, ab einem Bestellwert von 50 € kostenlos</td>
          </tr>
          <tr>
            <th scope="row">Expressversand</th>
            <td>9,90 €</td>
          </tr>
          <tr>
            <th scope="row">Abholung im Geschäft</th>
            <td>kostenlos</td>
          </tr>
        </tbody>
      </table>
      <p>Die Versandkosten werden Ihnen vor dem Absenden der Bestellung angezeigt.</p>

      <h2>§ 5 Lieferung</h2>
      <p>
        Wir liefern innerhalb Deutschlands. In andere Länder der Europäischen Union liefern wir nur,
        soweit dies im Bestellprozess angeboten wird; die Versandkosten werden dort angezeigt. Die
        Lieferzeit nennen wir beim Produkt und im Bestellprozess. Bei Abholung im Geschäft holen Sie
        die Ware in dem Geschäft ab, das Sie bei der Bestellung gewählt haben.
      </p>

      <h2>§ 6 Zahlung</h2>
      <ul>
        <li>
          <strong>Kartenzahlung:</strong> Die Zahlung wird über unseren Zahlungsdienstleister
          abgewickelt.
        </li>
        <li>
          <strong>Kauf auf Rechnung:</strong> Der Rechnungsbetrag ist innerhalb von 14 Tagen nach
          Erhalt der Ware und der Rechnung ohne Abzug zu zahlen.
        </li>
      </ul>

      <h2>§ 7 Eigentumsvorbehalt</h2>
      <p>Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.</p>

      <h2>§ 8 Widerrufsrecht</h2>
      <p>
        Als Verbraucherin oder Verbraucher haben Sie ein gesetzliches Widerrufsrecht. Einzelheiten,
        die Ausnahmen und das Muster-Widerrufsformular finden Sie in der{" "}
        <Link href="/legal/withdrawal">Widerrufsbelehrung</Link>. Die Kosten der Rücksendung tragen
        wir.
      </p>

      <h2>§ 9 Gewährleistung</h2>
      <p>
        Es gilt das gesetzliche Mängelhaftungsrecht (Gewährleistung). Werden Waren mit
        offensichtlichen Transportschäden geliefert, bitten wir Sie, dies dem Zusteller und uns
        mitzuteilen. Tun Sie das nicht, hat das keine Auswirkungen auf Ihre gesetzlichen Rechte.
      </p>

      <h2>§ 10 Reservieren und im Geschäft abholen (Click &amp; Reserve)</h2>
      <ol>
        <li>
          Sie können Produkte online für die Abholung in einem unserer Geschäfte in Berlin, Hamburg,
          München oder Köln reservieren. Die Reservierung ist kostenlos.
        </li>
        <li>
          Wir halten die reservierte Ware 48 Stunden ab der Bestätigung der Reservierung für Sie
          bereit. Danach endet die Reservierung automatisch.
        </li>
        <li>
          Eine Reservierung verpflichtet Sie nicht zum Kauf. Der Kaufvertrag kommt erst im Geschäft
          zustande, wenn Sie die Ware dort kaufen. Für Käufe im Geschäft besteht kein gesetzliches
          Widerrufsrecht.
        </li>
      </ol>

      <h2>§ 11 Persönliche Angebote und Gutscheine</h2>
      <ol>
        <li>
          Persönliche Angebote erhalten Sie nur, wenn Sie der Personalisierung zugestimmt haben
          (siehe <Link href="/legal/privacy">Datenschutzerklärung</Link>). Wir kennzeichnen sie als
          persönliche Angebote. Sie gelten für den angegebenen Zeitraum und die angegebenen
          Produkte.
        </li>
        <li>
          Gutscheine lösen Sie im Bestellprozess vor dem Absenden der Bestellung ein. Sie gelten nur
          zu den auf dem Gutschein genannten Bedingungen und können nicht bar ausgezahlt werden.
        </li>
        <li>
          Widerrufen Sie eine Bestellung, für die Sie einen Gutschein oder ein persönliches Angebot
          genutzt haben, erstatten wir den tatsächlich gezahlten Betrag.
        </li>
      </ol>

      <h2>§ 12 Vertragssprache und Speicherung des Vertragstextes</h2>
      <p>
        Vertragssprache ist Deutsch. Eine englische Übersetzung dieser Bedingungen dient nur der
        Information; maßgeblich ist die deutsche Fassung. Wir speichern den Vertragstext. Die
        Bestelldaten und diese AGB senden wir Ihnen mit der Eingangsbestätigung per E-Mail. Mit
        Kundenkonto können Sie Ihre Bestellungen auch dort einsehen. Die jeweils aktuellen AGB
        können Sie jederzeit auf dieser Seite abrufen und ausdrucken.
      </p>

      <h2>§ 13 Anwendbares Recht</h2>
      <p>
        Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts. Haben
        Sie Ihren gewöhnlichen Aufenthalt in einem anderen Staat der Europäischen Union, bleibt der
        Schutz durch die zwingenden Vorschriften dieses Staates unberührt. Hinweise zur
        Streitbeilegung finden Sie im <Link href="/legal/imprint">Impressum</Link>.
      </p>
    </>
  );
}

function TermsEn() {
  return (
    <>
      <p>
        <strong>
          This English translation is provided for convenience only. Only the German version of
          these terms is legally binding.
        </strong>
      </p>

      <h2>§ 1 Scope</h2>
      <p>
        These general terms and conditions apply to all contracts that consumers (§ 13 BGB) conclude
        with us through the Vitrine online shop, and to reservations for pickup in our stores. We do
        not accept any deviating conditions.
      </p>

      <h2>§ 2 Contracting party</h2>
      <p>
        Your contracting party is Vitrine Demo GmbH, Musterstraße 1, 10115 Berlin, Germany,
        registered at the Amtsgericht Berlin-Charlottenburg under HRB 000000 (demo details). Further
        details are in the <Link href="/legal/imprint">imprint</Link>.
      </p>

      <h2>§ 3 Conclusion of the contract</h2>
      <ol>
        <li>
          The presentation of products in the shop is not a legally binding offer but an invitation
          to place an order.
        </li>
        <li>
          You put products into the cart, choose a delivery and payment method and see all details
          on a summary page before sending the order. There you can correct input errors. By
          clicking the button “Zahlungspflichtig bestellen” (order with obligation to pay), you make
          a binding offer to buy the goods in the cart.
        </li>
        <li>
          We confirm receipt of your order by e-mail without delay. This acknowledgement of receipt
          is not yet an acceptance of your offer.
        </li>
        <li>
          The contract is concluded when we accept your offer – by a separate e-mail (order
          confirmation) or by dispatching the goods, at the latest within two working days of your
          order.
        </li>
      </ol>

      <h2 id="shipping">§ 4 Prices and shipping costs</h2>
      <p>
        All prices are final prices including statutory VAT. Shipping costs for the chosen delivery
        method are added:
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Delivery method</th>
            <th scope="col">Shipping costs (Germany)</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Standard shipping</th>
            <td>€4.90, free for orders of €50 or more</td>
          </tr>
          <tr>
            <th scope="row">Express shipping</th>
            <td>€9.90</td>
          </tr>
          <tr>
            <th scope="row">Pickup in store</th>
            <td>free</td>
          </tr>
        </tbody>
      </table>
      <p>Shipping costs are shown before you send the order.</p>

      <h2>§ 5 Delivery</h2>
      <p>
        We deliver within Germany. We deliver to other countries of the European Union only where
        this is offered in the checkout; the shipping costs are shown there. The delivery time is
        stated with the product and in the checkout. For pickup in store, you collect the goods in
        the store you chose when ordering.
      </p>

      <h2>§ 6 Payment</h2>
      <ul>
        <li>
          <strong>Card payment:</strong> payment is processed by our payment provider.
        </li>
        <li>
          <strong>Purchase on invoice:</strong> the invoice amount is payable without deduction
          within 14 days of receipt of the goods and the invoice.
        </li>
      </ul>

      <h2>§ 7 Retention of title</h2>
      <p>The goods remain our property until paid in full.</p>

      <h2>§ 8 Right of withdrawal</h2>
      <p>
        As a consumer you have a statutory right of withdrawal. Details, the exceptions and the
        model withdrawal form are given in the{" "}
        <Link href="/legal/withdrawal">withdrawal policy</Link>. We bear the costs of returning the
        goods.
      </p>

      <h2>§ 9 Warranty</h2>
      <p>
        The statutory rules on liability for defects (Gewährleistung) apply. If goods arrive with
        obvious transport damage, please tell the carrier and us. If you do not, this has no effect
        on your statutory rights.
      </p>

      <h2>§ 10 Reserve and collect in store (click and reserve)</h2>
      <ol>
        <li>
          You can reserve products online for pickup in one of our stores in Berlin, Hamburg, Munich
          or Cologne. Reservations are free of charge.
        </li>
        <li>
          We hold the reserved goods for you for 48 hours from the confirmation of the reservation.
          After that, the reservation ends automatically.
        </li>
        <li>
          A reservation does not oblige you to buy. The purchase contract is concluded only in the
          store, when you buy the goods there. There is no statutory right of withdrawal for
          purchases made in a store.
        </li>
      </ol>

      <h2>§ 11 Personal offers and vouchers</h2>
      <ol>
        <li>
          You receive personal offers only if you have consented to personalization (see the{" "}
          <Link href="/legal/privacy">privacy notice</Link>). We label them as personal offers. They
          apply for the stated period and to the stated products.
        </li>
        <li>
          You redeem vouchers in the checkout before sending the order. They apply only under the
          conditions stated on the voucher and cannot be paid out in cash.
        </li>
        <li>
          If you withdraw from an order for which you used a voucher or a personal offer, we refund
          the amount actually paid.
        </li>
      </ol>

      <h2>§ 12 Contract language and storage of the contract text</h2>
      <p>
        The contract language is German. This English translation is for information only; the
        German version prevails. We store the contract text. We send you the order details and these
        terms by e-mail with the acknowledgement of receipt. If you have a customer account, you can
        also view your orders there. You can view and print the current terms on this page at any
        time.
      </p>

      <h2>§ 13 Applicable law</h2>
      <p>
        The law of the Federal Republic of Germany applies, excluding the UN Convention on Contracts
        for the International Sale of Goods. If your habitual residence is in another member state
        of the European Union, the protection afforded by the mandatory provisions of that state
        remains unaffected. Information on dispute resolution is given in the{" "}
        <Link href="/legal/imprint">imprint</Link>.
      </p>
    </>
  );
}
