/// A CFDI invoice (the SAT's electronic invoice, version 4.0) compared with the payment it is attached to: the fiscal
/// folio (UUID of the TimbreFiscalDigital stamp), the issuer's RFC, the total and the currency. The invoice is read
/// elsewhere (libxml2); this compares what was read, field by field, and names each that disagrees.
public struct InvoiceComparison: Hashable, Sendable {
    /// What was read from the invoice.
    public struct Invoice: Hashable, Sendable {
        public let uuid: String
        public let issuerTaxID: String
        /// The total as written (`Total`), in the currency's minor units.
        public let total: Int64
        public let currency: String

        public init(uuid: String, issuerTaxID: String, total: Int64, currency: String) {
            self.uuid = uuid
            self.issuerTaxID = issuerTaxID
            self.total = total
            self.currency = currency
        }
    }

    /// A field that disagrees, with both values as written.
    public enum Field: Hashable, Sendable {
        case uuid(invoice: String, payment: String)
        case issuerTaxID(invoice: String, payment: String)
        case total(invoice: Money, payment: Money)
        case currency(invoice: String, payment: String)

        public func explanation(in language: Language) -> String {
            switch self {
            case .uuid(let invoice, let payment):
                return say(
                    language, es: "el UUID del timbre es \(invoice) y el pago registra \(payment)",
                    en: "the stamp's UUID is \(invoice) and the payment records \(payment)")
            case .issuerTaxID(let invoice, let payment):
                return say(
                    language, es: "el RFC del emisor es \(invoice) y el pago registra \(payment)",
                    en: "the issuer's RFC is \(invoice) and the payment records \(payment)")
            case .total(let invoice, let payment):
                return say(
                    language,
                    es:
                        "el total es \(MoneyFormatter.format(invoice, in: language)) y el pago es de \(MoneyFormatter.format(payment, in: language))",
                    en:
                        "the total is \(MoneyFormatter.format(invoice, in: language)) and the payment is \(MoneyFormatter.format(payment, in: language))"
                )
            case .currency(let invoice, let payment):
                return say(
                    language, es: "la moneda es \(invoice) y el pago es en \(payment)",
                    en: "the currency is \(invoice) and the payment is in \(payment)")
            }
        }
    }

    public let invoice: Invoice
    public let payment: Payment
    public let disagreements: [Field]

    public init(invoice: Invoice, payment: Payment) {
        self.invoice = invoice
        self.payment = payment
        var fields: [Field] = []
        if invoice.uuid.uppercased() != payment.invoiceUUID.uppercased() {
            fields.append(.uuid(invoice: invoice.uuid, payment: payment.invoiceUUID))
        }
        if invoice.issuerTaxID.uppercased() != payment.payeeTaxID.uppercased() {
            fields.append(.issuerTaxID(invoice: invoice.issuerTaxID, payment: payment.payeeTaxID))
        }
        if invoice.currency != payment.amount.currency.code {
            fields.append(.currency(invoice: invoice.currency, payment: payment.amount.currency.code))
        } else if invoice.total != payment.amount.minorUnits {
            fields.append(
                .total(
                    invoice: Money(minorUnits: invoice.total, currency: payment.amount.currency), payment: payment.amount))
        }
        disagreements = fields
    }

    public var agrees: Bool { disagreements.isEmpty }

    /// What was compared, kept with the attachment and shown on the payment: "UUID …, RFC …, total 12345.67 MXN".
    public var summary: String {
        "UUID \(invoice.uuid.uppercased()); RFC \(invoice.issuerTaxID.uppercased()); total \(MoneyFormatter.format(payment.amount, in: .english))"
    }
}
