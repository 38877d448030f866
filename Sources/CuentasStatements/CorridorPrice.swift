import CuentasCore

/// The World Bank's average total cost of sending money along one corridor in one quarter (fee plus exchange-rate
/// margin, as a share of the amount sent): what a club's own cost is compared with.
/// Source: World Bank, Remittance Prices Worldwide, https://remittanceprices.worldbank.org (CC BY 4.0).
public struct CorridorPrice: Hashable, Sendable {
    /// ISO 3166 alpha-3 codes, as the World Bank writes them: "USA", "MEX".
    public let sendingCountry: String
    public let receivingCountry: String
    /// "2020Q3".
    public let quarter: String
    public let averageCostBasisPoints: Int64

    public init(sendingCountry: String, receivingCountry: String, quarter: String, averageCostBasisPoints: Int64) {
        self.sendingCountry = sendingCountry
        self.receivingCountry = receivingCountry
        self.quarter = quarter
        self.averageCostBasisPoints = averageCostBasisPoints
    }

    /// Reads the World Bank export (columns sending_code, sending_name, receiving_code, receiving_name, quarter,
    /// avg_total_cost_pct). Rows it cannot read are skipped: this is reference data, shown with its source.
    public static func parse(csv text: String) -> [CorridorPrice] {
        var prices: [CorridorPrice] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let percent = Double(fields[5]), percent.isFinite, percent >= 0, percent < 100 else { continue }
            // The source gives a float; round once, to hundredths of a percent, and keep integers from here on.
            prices.append(
                CorridorPrice(
                    sendingCountry: fields[0], receivingCountry: fields[2], quarter: fields[4],
                    averageCostBasisPoints: Int64((percent * 100).rounded())))
        }
        return prices
    }

    /// The latest quarter of a corridor.
    public static func latest(in prices: [CorridorPrice], from sending: String, to receiving: String) -> CorridorPrice? {
        prices.filter { $0.sendingCountry == sending && $0.receivingCountry == receiving }.max { $0.quarter < $1.quarter }
    }

    /// Where every club's money goes: the program's projects are in Mexico.
    public static let mexico = "MEX"

    /// The corridor a club sends along: its country abroad as the World Bank writes it.
    public static func sendingCountry(of club: Club) -> String {
        switch club.countryAbroad.uppercased() {
        case "USA", "US", "UNITED STATES", "ESTADOS UNIDOS": return "USA"
        case "CAN", "CA", "CANADA", "CANADÁ": return "CAN"
        default: return club.countryAbroad.uppercased()
        }
    }
}
