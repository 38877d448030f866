import CuentasCore

/// Every club's years of contribution (`ClubContributionYear`), kept in a published folder beside the club costs, so
/// that a re-publish computes again only the clubs it renders and still sums the country, its states and federations
/// whole. One line per club, year, figure and currency: club, year, figure (raised, delivered, government, sending),
/// currency, then minor units (a sending: sent, fees, exchange cost, sent with a market rate, count).
enum ContributionFile {
    static let fileName = ".cuentas-contribution.tsv"

    static func text(_ years: [PartyID: [Int: ClubContributionYear]]) -> String {
        var lines: [String] = []
        for (club, byYear) in years.sorted(by: { $0.key < $1.key }) {
            for (year, figures) in byYear.sorted(by: { $0.key < $1.key }) {
                func line(_ figure: String, _ currency: CurrencyCode, _ values: [String]) {
                    lines.append(([club.text, "\(year)", figure, currency.code] + values).joined(separator: "\t"))
                }
                for total in figures.raised.sorted { line("raised", total.currency, ["\(total.minorUnits)"]) }
                for total in figures.delivered.sorted { line("delivered", total.currency, ["\(total.minorUnits)"]) }
                for total in figures.government.sorted { line("government", total.currency, ["\(total.minorUnits)"]) }
                for cost in figures.sending.values.sorted(by: { $0.currency < $1.currency }) {
                    line(
                        "sending", cost.currency,
                        [
                            "\(cost.sent.minorUnits)", "\(cost.fees.minorUnits)", "\(cost.exchangeCost.minorUnits)",
                            "\(cost.sentWithMarketRate.minorUnits)", "\(cost.count)",
                        ])
                }
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// The years back, or nil when a line does not read or names a club the catalogue lacks.
    static func years(fromText text: String, catalogue: Catalogue) -> [PartyID: [Int: ClubContributionYear]]? {
        var years: [PartyID: [Int: ClubContributionYear]] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let club = catalogue.clubs[Identifier(trusted: fields[0])]?.id, let year = Int(fields[1]),
                let currency = try? CurrencyCode(fields[3])
            else { return nil }
            let numbers = fields.dropFirst(4).compactMap { Int128($0) }
            guard numbers.count == fields.count - 4 else { return nil }
            var figures = years[club]?[year] ?? ClubContributionYear(clubID: club, year: year)
            switch (fields[2], numbers.count) {
            case ("raised", 1), ("delivered", 1), ("government", 1):
                guard let figure = ClubContributionYear.Figure(rawValue: fields[2]) else { return nil }
                figures.restore(figure, MoneyTotal(currency, minorUnits: numbers[0]))
            case ("sending", 5):
                guard let count = Int(exactly: numbers[4]) else { return nil }
                figures.restore(
                    RemittanceCost(
                        sent: MoneyTotal(currency, minorUnits: numbers[0]), fees: MoneyTotal(currency, minorUnits: numbers[1]),
                        exchangeCost: MoneyTotal(currency, minorUnits: numbers[2]),
                        sentWithMarketRate: MoneyTotal(currency, minorUnits: numbers[3]), count: count))
            default: return nil
            }
            years[club, default: [:]][year] = figures
        }
        return years
    }
}
