import CuentasCore
import CuentasImport
import Foundation
import Testing

@Suite struct ImportReviewTests {
    @Test func everyRowIsCheckedAndNothingIsRecordableWhileOneFails() throws {
        var catalogue = Catalogue()
        let club = Club(
            id: Identifier(trusted: "CLUB"), name: "Club", federationID: nil, cityAbroad: "LA", stateAbroad: "CA", countryAbroad: "USA",
            tomaDeNota: nil, fundCurrency: .usDollar)
        catalogue.clubs[club.id] = club
        let state = LedgerState(catalogue: catalogue)
        let mapper = ImportMapper(catalogue: catalogue, numberStyle: .dotDecimal, recordedBy: "t")
        let csv =
            "date,club,amount,currency,event\n2026-01-01,CLUB,10.00,USD,Rifa\n2026-01-02,CLUB,abc,USD,Rifa\n2026-01-03,NOPE,5.00,USD,Rifa\n2026-01-04,CLUB,1.00,USD,Rifa\n"
        let review = try ImportReview(table: try CSVReader.read(Data(csv.utf8)), kind: nil, mapper: mapper, state: state)
        #expect(review.kind == .donations)
        #expect(review.rows.map(\.line) == [2, 3, 4, 5])
        #expect(review.rows.map { $0.error?.column } == [nil, "amount", "club", nil])
        #expect(!review.isClean)
        #expect(review.drafts.count == 2)
        let clean = try ImportReview(
            table: try CSVReader.read(Data("date,club,amount,currency,event\n2026-01-01,CLUB,10.00,USD,Rifa\n".utf8)), kind: nil,
            mapper: mapper, state: state)
        #expect(clean.isClean && clean.drafts.count == 1)
    }
}
