import CuentasCore
import CuentasStatements

/// Every club's cost of sending per provider, kept in a published folder beside the project summaries, so that a
/// re-publish computes again only the clubs it renders and still gives the portfolio's corridors whole. One line per
/// club and provider: club, provider (escaped), currency, count, sent, fees, exchange cost, sent with a market rate
/// (minor units). The corridor is not kept: it comes from the club's country in the catalogue, which may be amended.
enum ClubCostsFile {
    static let fileName = ".cuentas-club-costs.tsv"

    static func text(_ costs: [ClubSendingCosts]) -> String {
        var text = ""
        for club in costs.sorted(by: { $0.clubID < $1.clubID }) {
            for provider in club.providers {
                let cost = provider.cost
                let fields = [
                    club.clubID.text, escaped(provider.provider), cost.currency.code, "\(cost.count)", "\(cost.sent.minorUnits)",
                    "\(cost.fees.minorUnits)", "\(cost.exchangeCost.minorUnits)", "\(cost.sentWithMarketRate.minorUnits)",
                ]
                text += fields.joined(separator: "\t") + "\n"
            }
        }
        return text
    }

    /// The costs back, or nil when a line does not read or names a club the catalogue lacks.
    static func costs(fromText text: String, catalogue: Catalogue) -> [PartyID: ClubSendingCosts]? {
        var providers: [PartyID: [ProviderCost]] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 8, let club = catalogue.clubs[Identifier(trusted: fields[0])],
                let currency = try? CurrencyCode(fields[2]), let count = Int(fields[3]),
                let sent = Int128(fields[4]), let fees = Int128(fields[5]), let exchange = Int128(fields[6]),
                let withMarket = Int128(fields[7])
            else { return nil }
            let cost = RemittanceCost(
                sent: MoneyTotal(currency, minorUnits: sent), fees: MoneyTotal(currency, minorUnits: fees),
                exchangeCost: MoneyTotal(currency, minorUnits: exchange), sentWithMarketRate: MoneyTotal(currency, minorUnits: withMarket),
                count: count)
            providers[club.id, default: []].append(ProviderCost(provider: unescaped(fields[1]), cost: cost))
        }
        var costs: [PartyID: ClubSendingCosts] = [:]
        for (id, list) in providers {
            costs[id] = ClubSendingCosts(
                clubID: id, sendingCountry: CorridorPrice.sendingCountry(of: catalogue.clubs[id]!), providers: list)
        }
        return costs
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(
            of: "\n", with: "\\n")
    }

    private static func unescaped(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
