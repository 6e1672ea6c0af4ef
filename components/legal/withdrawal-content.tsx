/**
 * Withdrawal policy following the model in Anlage 1 zu Art. 246a § 1 Abs. 2 Satz 2 EGBGB (goods),
 * plus the model withdrawal form (Anlage 2). The German version is binding. We bear return costs.
 */

type Locale = "de" | "en";

export function WithdrawalContent({ locale }: { locale: Locale }) {
  return locale === "de" ? <WithdrawalDe /> : <WithdrawalEn />;
}

/** A blank line to fill in on a printed form; hidden from assistive technology. */
function Blank() {
  return <span aria-hidden="true"> ________________________________</span>;
}

function WithdrawalDe() {
  return (
    <>
      <h2>Widerrufsbelehrung</h2>
      <h3>Widerrufsrecht</h3>
      <p>
        Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu
        widerrufen.
      </p>
      <p>
        Die Widerrufsfrist beträgt vierzehn Tage ab dem Tag, an dem Sie oder ein von Ihnen benannter
        Dritter, der nicht der Beförderer ist, die letzte Ware in Besitz genommen haben bzw. hat.
      </p>
      <p>
        Um Ihr Widerrufsrecht auszuüben, müssen Sie uns (Vitrine Demo GmbH, Musterstraße 1, 10115
        Berlin, Telefon: +49 30 000000-0, E-Mail:{" "}
        <a href="mailto:widerruf@vitrine.example">widerruf@vitrine.example</a>) mittels einer
        eindeutigen Erklärung (z. B. ein mit der Post versandter Brief oder E-Mail) über Ihren
        Entschluss, diesen Vertrag zu widerrufen, informieren. Sie können dafür das unten stehende
        Muster-Widerrufsformular verwenden, das jedoch nicht vorgeschrieben ist.
      </p>
      <p>
        Sie können den Widerruf auch über unsere Widerrufsfunktion erklären (§ 356a BGB): mit
        Kundenkonto über die Schaltfläche „Vertrag widerrufen“ auf der Seite der jeweiligen
        Bestellung, ohne Kundenkonto über den Link „Vertrag widerrufen“ im Fußbereich jeder Seite
        mit Ihrer Bestellnummer und Ihrer E-Mail-Adresse. Machen Sie von dieser Möglichkeit
        Gebrauch, so werden wir Ihnen unverzüglich (z. B. per E-Mail) eine Bestätigung über den
        Eingang eines solchen Widerrufs übermitteln.
      </p>
      <p>
        Zur Wahrung der Widerrufsfrist reicht es aus, dass Sie die Mitteilung über die Ausübung des
        Widerrufsrechts vor Ablauf der Widerrufsfrist absenden.
      </p>

      <h3>Folgen des Widerrufs</h3>
      <p>
        Wenn Sie diesen Vertrag widerrufen, haben wir Ihnen alle Zahlungen, die wir von Ihnen
        erhalten haben, einschließlich der Lieferkosten (mit Ausnahme der zusätzlichen Kosten, die
        sich daraus ergeben, dass Sie eine andere Art der Lieferung als die von uns angebotene,
        günstigste Standardlieferung gewählt haben), unverzüglich und spätestens binnen vierzehn
        Tagen ab dem Tag zurückzuzahlen, an dem die Mitteilung über Ihren Widerruf dieses Vertrags
        bei uns eingegangen ist. Für diese Rückzahlung verwenden wir dasselbe Zahlungsmittel, das
        Sie bei der ursprünglichen Transaktion eingesetzt haben, es sei denn, mit Ihnen wurde
        ausdrücklich etwas anderes vereinbart; in keinem Fall werden Ihnen wegen dieser Rückzahlung
        Entgelte berechnet.
      </p>
      <p>
        Wir können die Rückzahlung verweigern, bis wir die Waren wieder zurückerhalten haben oder
        bis Sie den Nachweis erbracht haben, dass Sie die Waren zurückgesandt haben, je nachdem,
        welches der frühere Zeitpunkt ist.
      </p>
      <p>
        Sie haben die Waren unverzüglich und in jedem Fall spätestens binnen vierzehn Tagen ab dem
        Tag, an dem Sie uns über den Widerruf dieses Vertrags unterrichten, an uns (Vitrine Demo
        GmbH, Musterstraße 1, 10115 Berlin) zurückzusenden oder zu übergeben. Die Frist ist gewahrt,
        wenn Sie die Waren vor Ablauf der Frist von vierzehn Tagen absenden.
      </p>
      <p>Wir tragen die Kosten der Rücksendung der Waren.</p>
      <p>
        Sie müssen für einen etwaigen Wertverlust der Waren nur aufkommen, wenn dieser Wertverlust
        auf einen zur Prüfung der Beschaffenheit, Eigenschaften und Funktionsweise der Waren nicht
        notwendigen Umgang mit ihnen zurückzuführen ist.
      </p>
      <p>
        <strong>Ende der Widerrufsbelehrung</strong>
      </p>

      <h2>Ausschluss und vorzeitiges Erlöschen des Widerrufsrechts</h2>
      <ul>
        <li>
          Das Widerrufsrecht besteht nicht bei Verträgen zur Lieferung von Waren, die schnell
          verderben können oder deren Verfallsdatum schnell überschritten würde (§ 312g Abs. 2 Nr. 2
          BGB), etwa Lebensmittel mit kurzer Haltbarkeit. Lange haltbare Lebensmittel wie Kaffee,
          Tee oder Nudeln können Sie dagegen widerrufen.
        </li>
        <li>
          Das Widerrufsrecht erlischt vorzeitig bei Verträgen zur Lieferung versiegelter Waren, die
          aus Gründen des Gesundheitsschutzes oder der Hygiene nicht zur Rückgabe geeignet sind,
          wenn ihre Versiegelung nach der Lieferung entfernt wurde (§ 312g Abs. 2 Nr. 3 BGB), etwa
          bei versiegelten Drogerie- und Gesundheitsartikeln wie Zahnbürsten oder Cremes.
        </li>
      </ul>

      <section aria-labelledby="muster-widerrufsformular">
        <h2 id="muster-widerrufsformular">Muster-Widerrufsformular</h2>
        <p>
          (Wenn Sie den Vertrag widerrufen wollen, dann füllen Sie bitte dieses Formular aus und
          senden Sie es zurück.)
        </p>
        <ul>
          <li>
            An Vitrine Demo GmbH, Musterstraße 1, 10115 Berlin, E-Mail: widerruf@vitrine.example:
          </li>
          <li>
            Hiermit widerrufe(n) ich/wir (*) den von mir/uns (*) abgeschlossenen Vertrag über den
            Kauf der folgenden Waren (*):
            <Blank />
          </li>
          <li>
            Bestellt am (*)/erhalten am (*):
            <Blank />
          </li>
          <li>
            Name des/der Verbraucher(s):
            <Blank />
          </li>
          <li>
            Anschrift des/der Verbraucher(s):
            <Blank />
          </li>
          <li>
            Unterschrift des/der Verbraucher(s) (nur bei Mitteilung auf Papier):
            <Blank />
          </li>
          <li>
            Datum:
            <Blank />
          </li>
        </ul>
        <p>(*) Unzutreffendes streichen.</p>
      </section>
    </>
  );
}

function WithdrawalEn() {
  return (
    <>
      <p>
        <strong>
          This English translation is provided for convenience only. Only the German version of this
          withdrawal policy is legally binding.
        </strong>
      </p>

      <h2>Withdrawal policy</h2>
      <h3>Right of withdrawal</h3>
      <p>
        You have the right to withdraw from this contract within fourteen days without giving any
        reason.
      </p>
      <p>
        The withdrawal period is fourteen days from the day on which you, or a third party other
        than the carrier indicated by you, take physical possession of the last goods.
      </p>
      <p>
        To exercise the right of withdrawal, you must inform us (Vitrine Demo GmbH, Musterstraße 1,
        10115 Berlin, Germany, phone: +49 30 000000-0, e-mail:{" "}
        <a href="mailto:widerruf@vitrine.example">widerruf@vitrine.example</a>) of your decision to
        withdraw from this contract by an unequivocal statement (e.g. a letter sent by post or an
        e-mail). You may use the model withdrawal form below, but it is not obligatory.
      </p>
      <p>
        You can also declare your withdrawal using our withdrawal function (§ 356a BGB): with a
        customer account, via the button “Vertrag widerrufen” (withdraw from contract) on the page
        of the order concerned; without an account, via the link “Vertrag widerrufen” in the footer
        of every page, with your order number and your e-mail address. If you use this option, we
        will send you an acknowledgement of receipt of such a withdrawal without delay (e.g. by
        e-mail).
      </p>
      <p>
        To meet the withdrawal deadline, it is sufficient for you to send your communication
        concerning your exercise of the right of withdrawal before the withdrawal period has
        expired.
      </p>

      <h3>Effects of withdrawal</h3>
      <p>
        If you withdraw from this contract, we shall reimburse to you all payments received from
        you, including the costs of delivery (with the exception of the supplementary costs
        resulting from your choice of a type of delivery other than the least expensive type of
        standard delivery offered by us), without undue delay and in any event not later than
        fourteen days from the day on which we are informed about your decision to withdraw from
        this contract. We will carry out such reimbursement using the same means of payment as you
        used for the initial transaction, unless you have expressly agreed otherwise; in any event,
        you will not incur any fees as a result of such reimbursement.
      </p>
      <p>
        We may withhold reimbursement until we have received the goods back or you have supplied
        evidence of having sent back the goods, whichever is the earliest.
      </p>
      <p>
        You shall send back the goods or hand them over to us (Vitrine Demo GmbH, Musterstraße 1,
        10115 Berlin, Germany) without undue delay and in any event not later than fourteen days
        from the day on which you communicate your withdrawal from this contract to us. The deadline
        is met if you send back the goods before the period of fourteen days has expired.
      </p>
      <p>We will bear the cost of returning the goods.</p>
      <p>
        You are only liable for any diminished value of the goods resulting from handling other than
        what is necessary to establish the nature, characteristics and functioning of the goods.
      </p>
      <p>
        <strong>End of the withdrawal policy</strong>
      </p>

      <h2>Exclusion and early expiry of the right of withdrawal</h2>
      <ul>
        <li>
          There is no right of withdrawal for contracts for the supply of goods that are liable to
          deteriorate or expire rapidly (§ 312g(2) no. 2 BGB), such as food with a short shelf life.
          Food that keeps for a long time, such as coffee, tea or pasta, can be returned.
        </li>
        <li>
          The right of withdrawal expires early for contracts for the supply of sealed goods which
          are not suitable for return due to health protection or hygiene reasons, if they were
          unsealed after delivery (§ 312g(2) no. 3 BGB), for example sealed drugstore and health
          goods such as toothbrushes or creams.
        </li>
      </ul>

      <section aria-labelledby="model-withdrawal-form">
        <h2 id="model-withdrawal-form">Model withdrawal form</h2>
        <p>(Complete and return this form only if you wish to withdraw from the contract.)</p>
        <ul>
          <li>
            To Vitrine Demo GmbH, Musterstraße 1, 10115 Berlin, e-mail: widerruf@vitrine.example:
          </li>
          <li>
            I/We (*) hereby give notice that I/We (*) withdraw from my/our (*) contract of sale of
            the following goods (*):
            <Blank />
          </li>
          <li>
            Ordered on (*)/received on (*):
            <Blank />
          </li>
          <li>
            Name of consumer(s):
            <Blank />
          </li>
          <li>
            Address of consumer(s):
            <Blank />
          </li>
          <li>
            Signature of consumer(s) (only if this form is notified on paper):
            <Blank />
          </li>
          <li>
            Date:
            <Blank />
          </li>
        </ul>
        <p>(*) Delete as appropriate.</p>
      </section>
    </>
  );
}
