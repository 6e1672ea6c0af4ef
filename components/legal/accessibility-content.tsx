/** Accessibility statement per BFSG (Barrierefreiheitsstärkungsgesetz) and EN 301 549. */

type Locale = "de" | "en";

export function AccessibilityContent({ locale }: { locale: Locale }) {
  return locale === "de" ? <AccessibilityDe /> : <AccessibilityEn />;
}

function AccessibilityDe() {
  return (
    <>
      <p>
        Wir möchten, dass alle Menschen bei Vitrine einkaufen können. Diese Erklärung gilt für den
        Onlineshop Vitrine der Vitrine Demo GmbH (Demo-Angaben).
      </p>

      <h2>Rechtsgrundlage und Standards</h2>
      <p>
        Der Shop ist eine Dienstleistung im elektronischen Geschäftsverkehr im Sinne des
        Barrierefreiheitsstärkungsgesetzes (BFSG), das seit dem 28. Juni 2025 gilt. Wir richten uns
        nach der harmonisierten Norm EN 301 549, die für Webinhalte die Web Content Accessibility
        Guidelines (WCAG) 2.1 in der Stufe AA zugrunde legt. Unser Ziel ist die Konformität mit WCAG
        2.2 in der Stufe AA.
      </p>

      <h2>Beschreibung der Dienstleistung</h2>
      <p>
        Im Shop können Sie Produkte aus den Bereichen Kameras, Elektronik, Mode, Wohnen,
        Lebensmittel, Bücher sowie Drogerie und Gesundheit ansehen, in den Warenkorb legen und per
        Karte oder auf Rechnung bestellen. Sie können Produkte zur Abholung in einem unserer
        Geschäfte in Berlin, Hamburg, München und Köln reservieren, ein Kundenkonto führen und im
        Datenschutz-Center Ihre Daten einsehen, herunterladen und löschen. Der Shop ist auf Deutsch
        und Englisch verfügbar.
      </p>

      <h2>Stand der Vereinbarkeit</h2>
      <p>
        Der Shop ist mit den genannten Anforderungen <strong>weitgehend vereinbar</strong>. Die
        bekannten Einschränkungen sind unten aufgeführt.
      </p>
      <ul>
        <li>Alle Funktionen des Shops lassen sich mit der Tastatur bedienen.</li>
        <li>
          Jede Seitenvorlage wird in unserer Testsuite automatisiert mit axe-core auf Barrieren
          geprüft.
        </li>
        <li>
          Personalisierte Inhalte erklären in Textform, warum sie erscheinen („Warum sehe ich
          das?“).
        </li>
      </ul>

      <h2>Bekannte Einschränkungen</h2>
      <ul>
        <li>
          Die Produktbilder sind erzeugte Grafiken. Sie haben beschreibende Alternativtexte, aber
          keine ausführlichen Bildbeschreibungen.
        </li>
        <li>
          Diagramme im Mitarbeiterbereich sind grafisch dargestellt; ihre Daten stehen zusätzlich
          als Tabelle zur Verfügung.
        </li>
      </ul>

      <h2>Barrieren melden</h2>
      <p>
        Sind Ihnen Barrieren aufgefallen, oder brauchen Sie Informationen in einer anderen Form?
        Schreiben Sie uns an{" "}
        <a href="mailto:barrierefreiheit@vitrine.example">barrierefreiheit@vitrine.example</a>.
        Bitte nennen Sie die Seite und beschreiben Sie das Problem. Wir antworten Ihnen und suchen
        gemeinsam mit Ihnen eine Lösung.
      </p>

      <h2>Marktüberwachungsbehörde</h2>
      <p>
        Wenn Sie der Ansicht sind, dass der Shop die Anforderungen des BFSG nicht erfüllt, können
        Sie sich an die zuständige Marktüberwachungsbehörde wenden und beantragen, dass sie
        Maßnahmen ergreift:
      </p>
      <address>
        Marktüberwachungsstelle der Länder für die Barrierefreiheit von Produkten und
        Dienstleistungen (MLBF)
        <br />
        Magdeburg, Sachsen-Anhalt
      </address>

      <h2>Datum dieser Erklärung</h2>
      <p>
        Diese Erklärung wurde am 28. November 2026 erstellt. Sie beruht auf einer Selbstbewertung
        durch die Vitrine Demo GmbH.
      </p>
    </>
  );
}

function AccessibilityEn() {
  return (
    <>
      <p>
        We want everyone to be able to shop at Vitrine. This statement applies to the Vitrine online
        shop of Vitrine Demo GmbH (demo details).
      </p>

      <h2>Legal basis and standards</h2>
      <p>
        The shop is an e-commerce service within the meaning of the German Accessibility
        Strengthening Act (Barrierefreiheitsstärkungsgesetz, BFSG), which has applied since 28 June
        2025. We follow the harmonised standard EN 301 549, which for web content is based on the
        Web Content Accessibility Guidelines (WCAG) 2.1 at level AA. Our goal is conformance with
        WCAG 2.2 at level AA.
      </p>

      <h2>Description of the service</h2>
      <p>
        In the shop you can view products from the ranges cameras, electronics, fashion, home, food,
        books, and drugstore and health, put them in the cart and order them, paying by card or on
        invoice. You can reserve products for pickup in one of our stores in Berlin, Hamburg, Munich
        and Cologne, keep a customer account and see, download and delete your data in the privacy
        center. The shop is available in German and English.
      </p>

      <h2>Compliance status</h2>
      <p>
        The shop is <strong>largely compliant</strong> with the requirements named above. The known
        limitations are listed below.
      </p>
      <ul>
        <li>All functions of the shop can be operated with the keyboard.</li>
        <li>Every page template is checked automatically with axe-core in our test suite.</li>
        <li>Personalized content explains in text why it appears (“Why am I seeing this?”).</li>
      </ul>

      <h2>Known limitations</h2>
      <ul>
        <li>
          The product images are generated graphics. They have descriptive alternative texts but no
          detailed image descriptions.
        </li>
        <li>Charts in the staff area are graphical; their data are also available as tables.</li>
      </ul>

      <h2>Report a barrier</h2>
      <p>
        Have you come across a barrier, or do you need information in a different format? Write to
        us at <a href="mailto:barrierefreiheit@vitrine.example">barrierefreiheit@vitrine.example</a>
        . Please name the page and describe the problem. We will reply and work with you to find a
        solution.
      </p>

      <h2>Market surveillance authority</h2>
      <p>
        If you believe that the shop does not meet the requirements of the BFSG, you can contact the
        competent market surveillance authority and ask it to take action:
      </p>
      <address>
        Marktüberwachungsstelle der Länder für die Barrierefreiheit von Produkten und
        Dienstleistungen (MLBF) – the joint market surveillance authority of the German federal
        states for the accessibility of products and services
        <br />
        Magdeburg, Saxony-Anhalt
      </address>

      <h2>Date of this statement</h2>
      <p>
        This statement was prepared on 28 November 2026. It is based on a self-assessment by Vitrine
        Demo GmbH.
      </p>
    </>
  );
}
