import Link from "next/link";
/** Imprint (Impressum) of the demo shop. All company data are placeholders. */

type Locale = "de" | "en";

export function ImprintContent({ locale }: { locale: Locale }) {
  return locale === "de" ? <ImprintDe /> : <ImprintEn />;
}

function ImprintDe() {
  return (
    <>
      <p>
        <strong>
          Hinweis: Vitrine ist ein Demonstrationsshop. Alle Angaben auf dieser Seite sind
          Platzhalter und bezeichnen kein echtes Unternehmen.
        </strong>
      </p>

      <h2>Angaben gemäß § 5 DDG</h2>
      <address>
        Vitrine Demo GmbH
        <br />
        Musterstraße 1
        <br />
        10115 Berlin
        <br />
        Deutschland
      </address>
      <p>Vertreten durch die Geschäftsführerin: Erika Musterfrau</p>

      <h2>Kontakt</h2>
      <dl>
        <dt>Telefon</dt>
        <dd>
          <a href="tel:+49300000000">+49 30 000000-0</a>
        </dd>
        <dt>E-Mail</dt>
        <dd>
          <a href="mailto:kontakt@vitrine.example">kontakt@vitrine.example</a>
        </dd>
        <dt>Datenschutz</dt>
        <dd>
          <a href="mailto:datenschutz@vitrine.example">datenschutz@vitrine.example</a>
        </dd>
      </dl>

      <h2>Registereintrag</h2>
      <dl>
        <dt>Registergericht</dt>
        <dd>Amtsgericht Berlin-Charlottenburg</dd>
        <dt>Registernummer</dt>
        <dd>HRB 000000 (Demo)</dd>
      </dl>

      <h2>Umsatzsteuer-Identifikationsnummer</h2>
      <p>Umsatzsteuer-Identifikationsnummer gemäß § 27a Umsatzsteuergesetz: DE000000000 (Demo)</p>

      <h2>Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV</h2>
      <address>
        Erika Musterfrau
        <br />
        Vitrine Demo GmbH
        <br />
        Musterstraße 1
        <br />
        10115 Berlin
      </address>

      <h2>EU-Streitschlichtung</h2>
      <p>
        Die Plattform der Europäischen Kommission zur Online-Streitbeilegung (OS-Plattform) wurde am
        20. Juli 2025 eingestellt. Wir verweisen deshalb nicht mehr auf sie.
      </p>

      <h2>Verbraucherstreitbeilegung</h2>
      <p>
        Wir sind nicht bereit und nicht verpflichtet, an Streitbeilegungsverfahren vor einer
        Verbraucherschlichtungsstelle teilzunehmen (§ 36 Verbraucherstreitbeilegungsgesetz, VSBG).
        Bei Fragen oder Beschwerden schreiben Sie uns gern an{" "}
        <a href="mailto:kontakt@vitrine.example">kontakt@vitrine.example</a>.
      </p>

      <h2>Weitere rechtliche Informationen</h2>
      <ul>
        <li>
          <Link href="/legal/terms">Allgemeine Geschäftsbedingungen</Link>
        </li>
        <li>
          <Link href="/legal/withdrawal">Widerrufsbelehrung</Link>
        </li>
        <li>
          <Link href="/legal/privacy">Datenschutzerklärung</Link>
        </li>
        <li>
          <Link href="/legal/accessibility">Erklärung zur Barrierefreiheit</Link>
        </li>
      </ul>
    </>
  );
}

function ImprintEn() {
  return (
    <>
      <p>
        <strong>
          Note: Vitrine is a demonstration shop. All details on this page are placeholders and do
          not refer to a real company.
        </strong>
      </p>

      <h2>Information pursuant to § 5 DDG (German Digital Services Act)</h2>
      <address>
        Vitrine Demo GmbH
        <br />
        Musterstraße 1
        <br />
        10115 Berlin
        <br />
        Germany
      </address>
      <p>Represented by the managing director: Erika Musterfrau</p>

      <h2>Contact</h2>
      <dl>
        <dt>Phone</dt>
        <dd>
          <a href="tel:+49300000000">+49 30 000000-0</a>
        </dd>
        <dt>E-mail</dt>
        <dd>
          <a href="mailto:kontakt@vitrine.example">kontakt@vitrine.example</a>
        </dd>
        <dt>Data protection</dt>
        <dd>
          <a href="mailto:datenschutz@vitrine.example">datenschutz@vitrine.example</a>
        </dd>
      </dl>

      <h2>Commercial register</h2>
      <dl>
        <dt>Register court</dt>
        <dd>Amtsgericht Berlin-Charlottenburg (Berlin-Charlottenburg Local Court)</dd>
        <dt>Registration number</dt>
        <dd>HRB 000000 (Demo)</dd>
      </dl>

      <h2>VAT identification number</h2>
      <p>VAT identification number pursuant to § 27a of the German VAT Act: DE000000000 (Demo)</p>

      <h2>Responsible for the content pursuant to § 18(2) MStV (Interstate Media Treaty)</h2>
      <address>
        Erika Musterfrau
        <br />
        Vitrine Demo GmbH
        <br />
        Musterstraße 1
        <br />
        10115 Berlin
      </address>

      <h2>EU online dispute resolution</h2>
      <p>
        The European Commission’s online dispute resolution platform (ODR platform) was discontinued
        on 20 July 2025. We therefore no longer refer to it.
      </p>

      <h2>Consumer dispute resolution</h2>
      <p>
        We are neither willing nor obliged to take part in dispute resolution proceedings before a
        consumer arbitration board (§ 36 of the German Consumer Dispute Resolution Act, VSBG). If
        you have a question or a complaint, please write to us at{" "}
        <a href="mailto:kontakt@vitrine.example">kontakt@vitrine.example</a>.
      </p>

      <h2>Further legal information</h2>
      <ul>
        <li>
          <Link href="/legal/terms">Terms and conditions</Link>
        </li>
        <li>
          <Link href="/legal/withdrawal">Right of withdrawal</Link>
        </li>
        <li>
          <Link href="/legal/privacy">Privacy notice</Link>
        </li>
        <li>
          <Link href="/legal/accessibility">Accessibility statement</Link>
        </li>
      </ul>
    </>
  );
}
