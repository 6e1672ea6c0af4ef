import Link from "next/link";
/** Privacy notice (Art. 13 GDPR). The data inventory and the cookie table come from the app. */

import type { ReactNode } from "react";

type Locale = "de" | "en";

type PrivacyProps = {
  locale: Locale;
  /** Categories of data, generated from the app's data map. */
  whatWeStore: ReactNode;
  /** Cookies and browser storage, generated from the consent configuration. */
  cookieTable?: ReactNode;
};

export function PrivacyContent({ locale, whatWeStore, cookieTable }: PrivacyProps) {
  return locale === "de" ? (
    <PrivacyDe whatWeStore={whatWeStore} cookieTable={cookieTable} />
  ) : (
    <PrivacyEn whatWeStore={whatWeStore} cookieTable={cookieTable} />
  );
}

type SectionProps = Omit<PrivacyProps, "locale">;

function PrivacyDe({ whatWeStore, cookieTable }: SectionProps) {
  return (
    <>
      <p>
        Hier erklären wir, welche personenbezogenen Daten Vitrine verarbeitet, wozu, auf welcher
        Rechtsgrundlage und wie lange – und wie Sie Ihre Rechte nach der Datenschutz-Grundverordnung
        (DSGVO) ausüben.
      </p>

      <h2>Verantwortlicher</h2>
      <address>
        Vitrine Demo GmbH (Demo-Angaben)
        <br />
        Musterstraße 1, 10115 Berlin
        <br />
        E-Mail: <a href="mailto:kontakt@vitrine.example">kontakt@vitrine.example</a>
        <br />
        Telefon: <a href="tel:+49300000000">+49 30 000000-0</a>
      </address>
      <p>
        Fragen zum Datenschutz richten Sie bitte an unseren Datenschutzkontakt:{" "}
        <a href="mailto:datenschutz@vitrine.example">datenschutz@vitrine.example</a>. Weitere
        Angaben finden Sie im <Link href="/legal/imprint">Impressum</Link>.
      </p>

      <h2>Unsere Grundsätze</h2>
      <ul>
        <li>
          <strong>Datenschutz durch Voreinstellung:</strong> Bei neuen Kundenkonten ist jeder
          optionale Zweck ausgeschaltet. Sie entscheiden, was Sie einschalten – und können es
          jederzeit wieder ausschalten.
        </li>
        <li>
          <strong>Nur was nötig ist:</strong> Wir erheben nur die Daten, die wir für den jeweiligen
          Zweck brauchen, und löschen sie, wenn wir sie nicht mehr brauchen.
        </li>
        <li>
          <strong>Nachvollziehbar:</strong> Personalisierte Inhalte erklären sich selbst („Warum
          sehe ich das?“). Ihre Daten können Sie jederzeit einsehen, herunterladen und löschen.
        </li>
        <li>
          <strong>Kein Datenhandel:</strong> Wir verkaufen keine personenbezogenen Daten.
        </li>
      </ul>

      <h2 id="was-wir-speichern">Was wir speichern</h2>
      <p>
        Die folgende Übersicht erzeugt der Shop aus seinem eigenen Verzeichnis der gespeicherten
        Daten. Sie nennt die Kategorien personenbezogener Daten, ihren Zweck und wie lange wir sie
        aufbewahren.
      </p>
      {whatWeStore}

      <h2>Zwecke und Rechtsgrundlagen</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Zweck</th>
            <th scope="col">Rechtsgrundlage</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Kundenkonto anlegen und führen</td>
            <td>Vertrag, Art. 6 Abs. 1 lit. b DSGVO</td>
          </tr>
          <tr>
            <td>Bestellungen annehmen, bezahlen lassen, liefern; Widerrufe und Reklamationen</td>
            <td>Vertrag, Art. 6 Abs. 1 lit. b DSGVO</td>
          </tr>
          <tr>
            <td>Reservierung zur Abholung im Geschäft (Click &amp; Reserve)</td>
            <td>Vorvertragliche Maßnahme, Art. 6 Abs. 1 lit. b DSGVO</td>
          </tr>
          <tr>
            <td>Rechnungen, Buchungsbelege und Handelsbriefe aufbewahren</td>
            <td>
              Rechtliche Pflicht, Art. 6 Abs. 1 lit. c DSGVO mit § 147 AO, § 257 HGB, § 14b UStG
            </td>
          </tr>
          <tr>
            <td>Einwilligungen nachweisen; Anfragen zu Ihren Rechten bearbeiten</td>
            <td>Rechtliche Pflicht, Art. 6 Abs. 1 lit. c mit Art. 7 Abs. 1 und Art. 12 DSGVO</td>
          </tr>
          <tr>
            <td>Präferenzen, Analyse, Personalisierung, Marketing</td>
            <td>Einwilligung, Art. 6 Abs. 1 lit. a DSGVO, § 25 Abs. 1 TDDDG</td>
          </tr>
          <tr>
            <td>Sicherheitsprotokolle; Verhinderung von Missbrauch und Betrug</td>
            <td>
              Berechtigtes Interesse, Art. 6 Abs. 1 lit. f DSGVO: Schutz Ihres Kontos, unserer
              Systeme und der Zahlungen vor Missbrauch
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        Für eine Bestellung brauchen wir Name, Anschrift, E-Mail-Adresse und die Zahlungsangaben;
        ohne sie können wir keinen Vertrag schließen. Alle optionalen Zwecke sind freiwillig. Wenn
        Sie sie nicht einschalten, entsteht Ihnen daraus kein Nachteil – Sie erhalten lediglich
        keine personalisierten Inhalte.
      </p>

      <h2>Einwilligung und Cookie-Banner</h2>
      <p>
        Beim ersten Besuch fragt Sie ein Banner nach Ihrer Einwilligung. Wir unterscheiden fünf
        Zwecke:
      </p>
      <dl>
        <dt>Notwendig („necessary“)</dt>
        <dd>
          Sprache, Warenkorb, Anmeldung und das Speichern Ihrer Auswahl. Diese Speicherung ist für
          den von Ihnen gewünschten Dienst unbedingt erforderlich (§ 25 Abs. 2 Nr. 2 TDDDG) und
          immer aktiv.
        </dd>
        <dt>Präferenzen („preferences“)</dt>
        <dd>Einstellungen, die wir uns über das technisch Notwendige hinaus merken.</dd>
        <dt>Analyse („analytics“)</dt>
        <dd>Statistiken darüber, wie der Shop genutzt wird, damit wir ihn verbessern können.</dd>
        <dt>Personalisierung („personalization“)</dt>
        <dd>Empfehlungen und persönliche Angebote, wie im nächsten Abschnitt beschrieben.</dd>
        <dt>Marketing („marketing“)</dt>
        <dd>Werbliche E-Mails mit Angeboten.</dd>
      </dl>
      <p>
        Alle Zwecke außer „Notwendig“ sind ausgeschaltet, bis Sie sie einschalten (§ 25 Abs. 1
        TDDDG, Art. 6 Abs. 1 lit. a DSGVO). Sendet Ihr Browser das Signal „Global Privacy Control“
        (GPC), werten wir es als Ablehnung aller optionalen Zwecke. Sie können eine Einwilligung
        jederzeit mit Wirkung für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO); angemeldet geht das
        im <Link href="/account/privacy">Datenschutz-Center</Link>.
      </p>
      <h3>Cookies und Speicher im Browser</h3>
      {cookieTable ?? (
        <p>
          Solange Sie nichts anderes wählen, setzt der Shop nur die unbedingt erforderlichen Cookies
          für Sprache, Warenkorb und Anmeldung.
        </p>
      )}

      <h2>Personalisierung</h2>
      <p>
        Wir personalisieren nur, wenn Sie dem Zweck „Personalisierung“ zugestimmt haben. Sie wählen
        dabei, wie weit die Personalisierung gehen darf:
      </p>
      <dl>
        <dt>Aus (Voreinstellung)</dt>
        <dd>Keine Personalisierung. Alle sehen dieselben Empfehlungen.</dd>
        <dt>Nur dieser Besuch</dt>
        <dd>
          Wir berücksichtigen nur, was Sie während des aktuellen Besuchs tun, und vergessen es, wenn
          der Besuch endet.
        </dd>
        <dt>Gesamter Verlauf</dt>
        <dd>Wir berücksichtigen auch Ihre früheren Besuche und Bestellungen in Ihrem Konto.</dd>
      </dl>
      <h3>„Warum sehe ich das?“</h3>
      <p>
        Jede personalisierte Empfehlung erklärt über „Warum sehe ich das?“, welche Ihrer Daten zu
        ihr geführt haben. Dort können Sie die Stufe ändern oder die Personalisierung beenden.
      </p>
      <h3>Gesundheits- und Drogerieartikel</h3>
      <p>
        Käufe und Aufrufe von Gesundheits- und Drogerieartikeln verwenden wir nie für die
        Personalisierung – auch nicht bei „Gesamter Verlauf“. So ziehen wir keine Rückschlüsse auf
        Ihre Gesundheit (Art. 9 DSGVO).
      </p>
      <h3>Widerspruch mit einem Klick</h3>
      <p>
        Sie können der Personalisierung und der Direktwerbung einschließlich des damit verbundenen
        Profilings jederzeit mit einem Klick widersprechen (Art. 21 Abs. 2 DSGVO) – über „Warum sehe
        ich das?“ oder im <Link href="/account/privacy">Datenschutz-Center</Link>.
      </p>
      <h3>Keine automatisierten Entscheidungen mit Rechtswirkung</h3>
      <p>
        Wir treffen keine ausschließlich automatisierten Entscheidungen, die Ihnen gegenüber
        rechtliche Wirkung entfalten oder Sie in ähnlicher Weise erheblich beeinträchtigen (Art. 22
        DSGVO). Die Personalisierung ändert nur, welche Produkte und Angebote wir Ihnen zeigen und
        in welcher Reihenfolge.
      </p>
      <h3>Personalisierte Preise</h3>
      <p>
        Beruht ein Preis oder ein persönliches Angebot auf einer automatisierten Auswertung Ihrer
        Daten, weisen wir direkt beim Preis darauf hin (Art. 246a § 1 Abs. 1 Satz 1 Nr. 6 EGBGB).
        Ohne Ihre Einwilligung in die Personalisierung erhalten Sie keine personalisierten Preise.
      </p>

      <h2>Empfänger</h2>
      <p>
        Wir geben Daten nur weiter, soweit es für den jeweiligen Zweck nötig ist. Dienstleister, die
        Daten in unserem Auftrag verarbeiten, sind nach Art. 28 DSGVO vertraglich gebunden.
      </p>
      <ul>
        <li>
          <strong>Zahlungsdienstleister</strong> (in dieser Demo ein Testanbieter): Kartendaten,
          Betrag und Bestellnummer zur Abwicklung der Kartenzahlung. Beim Kauf auf Rechnung geben
          wir keine Daten an einen Zahlungsdienstleister weiter.
        </li>
        <li>
          <strong>Versanddienstleister:</strong> Name und Lieferanschrift für die Zustellung.
        </li>
        <li>
          <strong>Hosting-Anbieter:</strong> betreibt die Server, auf denen der Shop und seine
          Datenbank laufen.
        </li>
        <li>
          <strong>E-Mail-Versanddienstleister:</strong> verschickt Bestell- und Versandbestätigungen
          und, nur mit Ihrer Einwilligung, werbliche E-Mails.
        </li>
      </ul>
      <p>Behörden erhalten Daten nur, wenn wir gesetzlich dazu verpflichtet sind.</p>

      <h2>Keine Übermittlung in Drittländer</h2>
      <p>
        Wir und unsere Dienstleister verarbeiten Ihre Daten ausschließlich in der Europäischen Union
        bzw. im Europäischen Wirtschaftsraum. Eine Übermittlung in Drittländer findet nicht statt.
      </p>

      <h2>Speicherdauer</h2>
      <ul>
        <li>Kontodaten speichern wir, bis Sie Ihr Konto löschen.</li>
        <li>
          Bestelldaten speichern wir, solange wir sie für den Vertrag und mögliche Ansprüche daraus
          brauchen, etwa während der gesetzlichen Gewährleistungsfrist.
        </li>
        <li>
          Rechnungen und Buchungsbelege bewahren wir acht Jahre auf, Handels- und Geschäftsbriefe
          (z. B. Bestellbestätigungen) sechs Jahre, jeweils ab dem Ende des Kalenderjahres, in dem
          sie entstanden sind (§ 147 AO, § 257 HGB, § 14b UStG in der ab 2025 geltenden Fassung). In
          dieser Zeit sind die Daten gesperrt und werden nur für diese Pflichten verwendet.
        </li>
        <li>
          Daten aus der Personalisierung „Nur dieser Besuch“ verwerfen wir am Ende des Besuchs;
          Daten der Stufe „Gesamter Verlauf“ nutzen wir nur, bis Sie die Stufe ändern, Ihre
          Einwilligung widerrufen oder die Daten löschen.
        </li>
      </ul>
      <p>
        Die genaue Frist für jede Datenkategorie nennt der Abschnitt{" "}
        <a href="#was-wir-speichern">„Was wir speichern“</a>.
      </p>

      <h2>Ihre Rechte</h2>
      <ul>
        <li>Auskunft über Ihre Daten (Art. 15 DSGVO)</li>
        <li>Berichtigung unrichtiger Daten (Art. 16 DSGVO)</li>
        <li>Löschung (Art. 17 DSGVO)</li>
        <li>Einschränkung der Verarbeitung (Art. 18 DSGVO)</li>
        <li>
          Mitteilung an Empfänger über Berichtigung, Löschung oder Einschränkung (Art. 19 DSGVO)
        </li>
        <li>Datenübertragbarkeit in einem maschinenlesbaren Format (Art. 20 DSGVO)</li>
        <li>Widerspruch (Art. 21 DSGVO)</li>
        <li>Keine ausschließlich automatisierte Entscheidung mit Rechtswirkung (Art. 22 DSGVO)</li>
        <li>Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO)</li>
      </ul>
      <h3>Widerspruchsrecht</h3>
      <p>
        <strong>
          Sie können jederzeit aus Gründen, die sich aus Ihrer besonderen Situation ergeben, der
          Verarbeitung auf Grundlage unseres berechtigten Interesses (Art. 6 Abs. 1 lit. f DSGVO)
          widersprechen. Der Verarbeitung für Direktwerbung und dem damit verbundenen Profiling
          können Sie jederzeit ohne Angabe von Gründen widersprechen.
        </strong>
      </p>
      <h3>Beschwerderecht</h3>
      <p>
        Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Für uns
        zuständig ist die Berliner Beauftragte für Datenschutz und Informationsfreiheit (
        <a href="https://www.datenschutz-berlin.de">www.datenschutz-berlin.de</a>).
      </p>

      <h2>So üben Sie Ihre Rechte aus</h2>
      <ul>
        <li>
          <strong>Mit Kundenkonto:</strong> Im{" "}
          <Link href="/account/privacy">Datenschutz-Center</Link> sehen Sie, was wir über Sie
          gespeichert haben, laden es herunter, löschen es und ändern Ihre Einwilligungen.
        </li>
        <li>
          <strong>Ohne Kundenkonto:</strong> Über das Formular unter{" "}
          <Link href="/privacy-request">Datenschutz-Anfrage</Link> beantragen Sie Auskunft oder
          Löschung der Daten aus Ihren Gastbestellungen.
        </li>
        <li>
          <strong>Per E-Mail:</strong>{" "}
          <a href="mailto:datenschutz@vitrine.example">datenschutz@vitrine.example</a>
        </li>
      </ul>
      <p>
        Die Ausübung Ihrer Rechte ist kostenlos. Bevor wir Daten herausgeben oder löschen, prüfen
        wir, dass die Anfrage von Ihnen stammt. Wir antworten innerhalb eines Monats (Art. 12 Abs. 3
        DSGVO).
      </p>
    </>
  );
}

function PrivacyEn({ whatWeStore, cookieTable }: SectionProps) {
  return (
    <>
      <p>
        This notice explains which personal data Vitrine processes, for what purposes, on which
        legal basis and for how long – and how you can exercise your rights under the General Data
        Protection Regulation (GDPR).
      </p>

      <h2>Controller</h2>
      <address>
        Vitrine Demo GmbH (demo details)
        <br />
        Musterstraße 1, 10115 Berlin, Germany
        <br />
        E-mail: <a href="mailto:kontakt@vitrine.example">kontakt@vitrine.example</a>
        <br />
        Phone: <a href="tel:+49300000000">+49 30 000000-0</a>
      </address>
      <p>
        Please send questions about data protection to our privacy contact:{" "}
        <a href="mailto:datenschutz@vitrine.example">datenschutz@vitrine.example</a>. Further
        details are in the <Link href="/legal/imprint">imprint</Link>.
      </p>

      <h2>Our principles</h2>
      <ul>
        <li>
          <strong>Privacy by default:</strong> for new accounts, every optional purpose is switched
          off. You decide what to switch on – and can switch it off again at any time.
        </li>
        <li>
          <strong>Only what is needed:</strong> we collect only the data we need for each purpose
          and delete it when we no longer need it.
        </li>
        <li>
          <strong>Transparent:</strong> personalized content explains itself (“Why am I seeing
          this?”). You can see, download and delete your data at any time.
        </li>
        <li>
          <strong>No trading in data:</strong> we do not sell personal data.
        </li>
      </ul>

      <h2 id="what-we-store">What we store</h2>
      <p>
        The shop generates the following overview from its own inventory of stored data. It lists
        the categories of personal data, their purpose and how long we keep them.
      </p>
      {whatWeStore}

      <h2>Purposes and legal bases</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Purpose</th>
            <th scope="col">Legal basis</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Creating and running your customer account</td>
            <td>Contract, Art. 6(1)(b) GDPR</td>
          </tr>
          <tr>
            <td>Accepting, charging and delivering orders; withdrawals and complaints</td>
            <td>Contract, Art. 6(1)(b) GDPR</td>
          </tr>
          <tr>
            <td>Reservations for pickup in a store (click and reserve)</td>
            <td>Pre-contractual steps, Art. 6(1)(b) GDPR</td>
          </tr>
          <tr>
            <td>Keeping invoices, accounting records and commercial letters</td>
            <td>Legal obligation, Art. 6(1)(c) GDPR with § 147 AO, § 257 HGB, § 14b UStG</td>
          </tr>
          <tr>
            <td>Proving consent; handling requests about your rights</td>
            <td>Legal obligation, Art. 6(1)(c) with Art. 7(1) and Art. 12 GDPR</td>
          </tr>
          <tr>
            <td>Preferences, analytics, personalization, marketing</td>
            <td>Consent, Art. 6(1)(a) GDPR, § 25(1) TDDDG</td>
          </tr>
          <tr>
            <td>Security logs; preventing abuse and fraud</td>
            <td>
              Legitimate interest, Art. 6(1)(f) GDPR: protecting your account, our systems and
              payments against abuse
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        To place an order we need your name, address, e-mail address and payment details; without
        them we cannot conclude a contract. All optional purposes are voluntary. If you do not
        switch them on, you suffer no disadvantage – you simply do not get personalized content.
      </p>

      <h2>Consent and the cookie banner</h2>
      <p>On your first visit, a banner asks for your consent. We distinguish five purposes:</p>
      <dl>
        <dt>Necessary (“necessary”)</dt>
        <dd>
          Language, cart, sign-in and remembering your choice. This storage is strictly necessary
          for the service you request (§ 25(2) no. 2 TDDDG) and always active.
        </dd>
        <dt>Preferences (“preferences”)</dt>
        <dd>Settings we remember beyond what is technically necessary.</dd>
        <dt>Analytics (“analytics”)</dt>
        <dd>Statistics on how the shop is used, so that we can improve it.</dd>
        <dt>Personalization (“personalization”)</dt>
        <dd>Recommendations and personal offers, as described in the next section.</dd>
        <dt>Marketing (“marketing”)</dt>
        <dd>Promotional e-mails with offers.</dd>
      </dl>
      <p>
        All purposes except “Necessary” stay off until you switch them on (§ 25(1) TDDDG, Art.
        6(1)(a) GDPR). If your browser sends the Global Privacy Control (GPC) signal, we treat it as
        a refusal of all optional purposes. You can withdraw consent at any time with effect for the
        future (Art. 7(3) GDPR); when signed in, you can do so in the{" "}
        <Link href="/account/privacy">privacy center</Link>.
      </p>
      <h3>Cookies and browser storage</h3>
      {cookieTable ?? (
        <p>
          Until you choose otherwise, the shop sets only the strictly necessary cookies for
          language, cart and sign-in.
        </p>
      )}

      <h2>Personalization</h2>
      <p>
        We personalize only if you have consented to the “personalization” purpose. You choose how
        far personalization may go:
      </p>
      <dl>
        <dt>Off (default)</dt>
        <dd>No personalization. Everyone sees the same recommendations.</dd>
        <dt>This visit only</dt>
        <dd>
          We take into account only what you do during the current visit and forget it when the
          visit ends.
        </dd>
        <dt>Full history</dt>
        <dd>We also take into account your earlier visits and orders in your account.</dd>
      </dl>
      <h3>“Why am I seeing this?”</h3>
      <p>
        Every personalized recommendation explains, under “Why am I seeing this?”, which of your
        data led to it. There you can change the level or end personalization.
      </p>
      <h3>Health and drugstore goods</h3>
      <p>
        We never use purchases or views of health and drugstore goods for personalization – not even
        with “Full history”. This way we draw no conclusions about your health (Art. 9 GDPR).
      </p>
      <h3>Object with one click</h3>
      <p>
        You can object to personalization and to direct marketing, including related profiling, at
        any time with one click (Art. 21(2) GDPR) – via “Why am I seeing this?” or in the{" "}
        <Link href="/account/privacy">privacy center</Link>.
      </p>
      <h3>No automated decisions with legal effect</h3>
      <p>
        We make no decisions based solely on automated processing that produce legal effects
        concerning you or similarly significantly affect you (Art. 22 GDPR). Personalization only
        changes which products and offers we show you and in which order.
      </p>
      <h3>Personalized prices</h3>
      <p>
        If a price or a personal offer is based on an automated evaluation of your data, we say so
        right next to the price (Art. 246a § 1(1) sentence 1 no. 6 EGBGB). Without your consent to
        personalization, you do not receive personalized prices.
      </p>

      <h2>Recipients</h2>
      <p>
        We share data only as far as each purpose requires. Service providers who process data on
        our behalf are bound by contract under Art. 28 GDPR.
      </p>
      <ul>
        <li>
          <strong>Payment provider</strong> (a test provider in this demo): card details, amount and
          order number to process card payments. For purchase on invoice, we do not pass any data to
          a payment provider.
        </li>
        <li>
          <strong>Carrier:</strong> name and delivery address for delivery.
        </li>
        <li>
          <strong>Hosting provider:</strong> runs the servers on which the shop and its database
          operate.
        </li>
        <li>
          <strong>E-mail delivery provider:</strong> sends order and shipping confirmations and,
          only with your consent, promotional e-mails.
        </li>
      </ul>
      <p>Public authorities receive data only where we are legally obliged to provide it.</p>

      <h2>No transfers to third countries</h2>
      <p>
        We and our service providers process your data exclusively in the European Union or the
        European Economic Area. No data are transferred to third countries.
      </p>

      <h2>Retention</h2>
      <ul>
        <li>We keep account data until you delete your account.</li>
        <li>
          We keep order data as long as we need it for the contract and possible claims arising from
          it, for example during the statutory warranty period.
        </li>
        <li>
          We keep invoices and accounting records for eight years and commercial letters (such as
          order confirmations) for six years, each from the end of the calendar year in which they
          were created (§ 147 AO, § 257 HGB, § 14b UStG as amended with effect from 2025). During
          this time the data are blocked and used only for these obligations.
        </li>
        <li>
          Data from “This visit only” personalization are discarded when the visit ends; data for
          “Full history” are used only until you change the level, withdraw your consent or delete
          the data.
        </li>
      </ul>
      <p>
        The exact period for each category of data is given in the section{" "}
        <a href="#what-we-store">“What we store”</a>.
      </p>

      <h2>Your rights</h2>
      <ul>
        <li>Access to your data (Art. 15 GDPR)</li>
        <li>Rectification of inaccurate data (Art. 16 GDPR)</li>
        <li>Erasure (Art. 17 GDPR)</li>
        <li>Restriction of processing (Art. 18 GDPR)</li>
        <li>
          Notification of recipients about rectification, erasure or restriction (Art. 19 GDPR)
        </li>
        <li>Data portability in a machine-readable format (Art. 20 GDPR)</li>
        <li>Objection (Art. 21 GDPR)</li>
        <li>No decision based solely on automated processing with legal effect (Art. 22 GDPR)</li>
        <li>Withdrawal of consent with effect for the future (Art. 7(3) GDPR)</li>
      </ul>
      <h3>Right to object</h3>
      <p>
        <strong>
          You may object at any time, on grounds relating to your particular situation, to
          processing based on our legitimate interest (Art. 6(1)(f) GDPR). You may object to
          processing for direct marketing and related profiling at any time without giving reasons.
        </strong>
      </p>
      <h3>Right to lodge a complaint</h3>
      <p>
        You can lodge a complaint with a data protection supervisory authority (Art. 77 GDPR). The
        authority responsible for us is the Berlin Commissioner for Data Protection and Freedom of
        Information (Berliner Beauftragte für Datenschutz und Informationsfreiheit,{" "}
        <a href="https://www.datenschutz-berlin.de">www.datenschutz-berlin.de</a>).
      </p>

      <h2>How to exercise your rights</h2>
      <ul>
        <li>
          <strong>With a customer account:</strong> in the{" "}
          <Link href="/account/privacy">privacy center</Link> you can see what we store about you,
          download it, delete it and change your consents.
        </li>
        <li>
          <strong>Without an account:</strong> use the form at{" "}
          <Link href="/privacy-request">privacy request</Link> to ask for access to or erasure of
          the data from your guest orders.
        </li>
        <li>
          <strong>By e-mail:</strong>{" "}
          <a href="mailto:datenschutz@vitrine.example">datenschutz@vitrine.example</a>
        </li>
      </ul>
      <p>
        Exercising your rights is free of charge. Before we disclose or delete data, we check that
        the request comes from you. We reply within one month (Art. 12(3) GDPR).
      </p>
    </>
  );
}
