import CuentasStatements
import Foundation

/// The World Bank corridor prices file (`SampleData/reference/remittance-prices-usa-mex.csv`), read for publishing.
public enum CorridorPriceFile {
    /// Nil path: no prices. Throws for a file that cannot be read or holds no prices.
    public static func load(_ path: String?) throws(CorridorPriceFileError) -> [CorridorPrice] {
        guard let path else { return [] }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path)
        }
        let prices = CorridorPrice.parse(csv: text)
        guard !prices.isEmpty else { throw .noPrices(path: path) }
        return prices
    }
}
