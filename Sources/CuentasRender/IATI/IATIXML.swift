import CuentasCore
import CuentasStatements
import CuentasTemplates
import Foundation

/// Writes IATI activities as an `iati-activities` document, version 2.03, and validates it against the official
/// schema (Templates/Files/iati/) before anyone can write it anywhere.
public struct IATIXML: Sendable {
    let validator: XMLSchemaValidator

    public init(folder: URL = TemplateFiles.folder) throws(RenderError) {
        validator = try XMLSchemaValidator(schemaPath: folder.appendingPathComponent("iati/iati-activities-schema.xsd").path)
    }

    /// The document, validated. `generated` is the document's timestamp (ISO 8601, UTC).
    public func document(_ activities: [IATIActivity], generated: String, name: String) throws(RenderError) -> String {
        let xml = XMLDocumentWriter()
        xml.element("iati-activities") {
            xml.attribute("version", "2.03")
            xml.attribute("generated-datetime", generated)
            for activity in activities { write(activity, xml, generated: generated) }
        }
        let text = xml.finish()
        try validator.validate(text, documentName: name)
        return text
    }

    private func write(_ activity: IATIActivity, _ xml: XMLDocumentWriter, generated: String) {
        xml.element("iati-activity") {
            xml.attribute("last-updated-datetime", generated)
            xml.attribute("xml:lang", "es")
            xml.attribute("default-currency", activity.budget.currency.code)
            xml.element("iati-identifier", activity.identifier)
            organisation("reporting-org", activity.reportingOrg, xml)
            narratives("title", activity.title, xml)
            narratives("description", activity.description, xml, type: "1")
            for participant in activity.participants {
                xml.element("participating-org") {
                    xml.attribute("ref", participant.organisation.ref)
                    xml.attribute("role", participant.role)
                    xml.attribute("type", participant.organisation.type)
                    xml.element("narrative", participant.organisation.name)
                }
            }
            xml.element("activity-status", "", [("code", activity.status)])
            for date in activity.dates { xml.element("activity-date", "", [("iso-date", date.date.isoText), ("type", date.type)]) }
            xml.element("recipient-country", "", [("code", activity.countryCode), ("percentage", "100")])
            xml.element("location") {
                xml.element("name") {
                    xml.element("narrative", activity.locationName)
                }
            }
            xml.element("sector", "", [("vocabulary", "1"), ("code", activity.sectorCode), ("percentage", "100")])
            xml.element("budget") {
                xml.attribute("type", "1")
                xml.attribute("status", "2")
                xml.element("period-start", "", [("iso-date", activity.budgetStart.isoText)])
                xml.element("period-end", "", [("iso-date", activity.budgetEnd.isoText)])
                xml.element(
                    "value", activity.budget.decimalText,
                    [("currency", activity.budget.currency.code), ("value-date", activity.budgetStart.isoText)])
            }
            for transaction in activity.transactions {
                xml.element("transaction") {
                    xml.attribute("ref", transaction.ref)
                    xml.element("transaction-type", "", [("code", transaction.type)])
                    xml.element("transaction-date", "", [("iso-date", transaction.date.isoText)])
                    xml.element(
                        "value", transaction.value.decimalText,
                        [("currency", transaction.value.currency.code), ("value-date", transaction.date.isoText)])
                    if !transaction.description.isEmpty {
                        xml.element("description") {
                            xml.element("narrative", transaction.description)
                        }
                    }
                    if let provider = transaction.provider { party("provider-org", provider, xml) }
                    if let receiver = transaction.receiver { party("receiver-org", receiver, xml) }
                }
            }
            if let url = activity.documentURL {
                xml.element("document-link") {
                    xml.attribute("format", "text/html")
                    xml.attribute("url", url)
                    xml.element("title") {
                        xml.element("narrative", "Estado de cuenta del proyecto")
                        xml.element("narrative", "Project statement", [("xml:lang", "en")])
                    }
                    xml.element("category", "", [("code", "A12")])
                    xml.element("language", "", [("code", "es")])
                }
            }
        }
    }

    private func organisation(_ element: String, _ organisation: IATIActivity.Organisation, _ xml: XMLDocumentWriter) {
        xml.element(element) {
            xml.attribute("ref", organisation.ref)
            xml.attribute("type", organisation.type)
            xml.element("narrative", organisation.name)
        }
    }

    private func party(_ element: String, _ organisation: IATIActivity.Organisation, _ xml: XMLDocumentWriter) {
        xml.element(element) {
            if !organisation.ref.isEmpty { xml.attribute("ref", organisation.ref) }
            if !organisation.type.isEmpty { xml.attribute("type", organisation.type) }
            xml.element("narrative", organisation.name)
        }
    }

    private func narratives(_ element: String, _ text: LocalizedText, _ xml: XMLDocumentWriter, type: String? = nil) {
        xml.element(element) {
            if let type { xml.attribute("type", type) }
            xml.element("narrative", text.spanish)
            xml.element("narrative", text.english, [("xml:lang", "en")])
        }
    }
}
