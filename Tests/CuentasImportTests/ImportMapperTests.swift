import CuentasCore
import CuentasImport
import Foundation
import Testing

@Suite struct ImportMapperTests {
    static var catalogue: Catalogue {
        var catalogue = Catalogue()
        let club = PartyID(trusted: "CLUB-A")
        catalogue.clubs[club] = Club(
            id: club, name: "Club A", federationID: nil, cityAbroad: "LA", stateAbroad: "CA", countryAbroad: "USA",
            tomaDeNota: nil, fundCurrency: .usDollar)
        let folio = Folio(trusted: "P-1")
        let cost = Money(minorUnits: 100_000_00, currency: .mexicanPeso)
        catalogue.projects[folio] = Project(
            folio: folio, title: LocalizedText(spanish: "a", english: "a"), description: LocalizedText(spanish: "", english: ""),
            kind: .education, municipalityID: Identifier(trusted: "MUN"), locality: "x", sponsorClubIDs: [club],
            executingAgencyID: Identifier(trusted: "MUN"), approvedCost: cost,
            budgetLines: [BudgetLine(number: 1, concept: "Todo", amount: cost)], proposedOn: CalendarDate(year: 2024, month: 1, day: 1)!)
        return catalogue
    }

    func entries(_ csv: String, style: NumberStyle = .dotDecimal) throws(ImportError) -> (ImportKind, [ImportMapper.Entry]) {
        let mapper = ImportMapper(catalogue: Self.catalogue, numberStyle: style, recordedBy: "test")
        return try mapper.entries(from: try CSVReader.read(Data(csv.utf8)), kind: nil)
    }

    @Test func recognizesTheKindFromTheHeader() throws {
        let (kind, rows) = try entries("date,club,amount,currency,member,event,note\n2024-01-05,CLUB-A,\"1,250.50\",USD,,Kermés,\n")
        #expect(kind == .donations)
        #expect(
            rows.first?.drafts.first?.body
                == .donation(
                    Donation(
                        clubID: Identifier(trusted: "CLUB-A"), amount: Money(minorUnits: 1_250_50, currency: .usDollar),
                        source: .event("Kermés"))))
    }

    @Test func readsAmountsInTheCommaStyleWhenAsked() throws {
        let (_, rows) = try entries("date,club,amount,currency,event\n2024-01-05,CLUB-A,\"1.250,50\",USD,Rifa\n", style: .commaDecimal)
        guard case .donation(let donation) = rows.first?.drafts.first?.body else { Issue.record("not a donation"); return }
        #expect(donation.amount.minorUnits == 1_250_50)
        #expect(donation.source == .event("Rifa"))
    }

    /// A file mapped in parts on every core gives the rows in file order, and of several bad rows the first in the file.
    @Test(arguments: [1, 3, 7, 8_192])
    func aFileMappedInPartsKeepsItsOrderAndNamesItsFirstBadRow(rowsPerPart: Int) throws {
        let mapper = ImportMapper(catalogue: Self.catalogue, numberStyle: .dotDecimal, recordedBy: "test")
        var csv = "date,club,amount,currency,event\n"
        for day in 1...28 { csv += "2024-02-\(day < 10 ? "0" : "")\(day),CLUB-A,\(day).00,USD,Rifa\n" }
        let (_, rows) = try mapper.entries(from: try CSVReader.read(Data(csv.utf8)), kind: nil, rowsPerPart: rowsPerPart)
        #expect(rows.map(\.line) == Array(2...29))
        #expect(
            rows.map { row -> Int64 in
                guard case .donation(let donation) = row.drafts.first?.body else { return 0 }
                return donation.amount.minorUnits
            } == (1...28).map { Int64($0) * 100 })
        // Bad amounts on lines 25, 12 and 20: line 12 is named, whichever part finishes first.
        var lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for line in [25, 12, 20] { lines[line - 1] = "2024-03-01,CLUB-A,diez,USD,Rifa" }
        do {
            _ = try mapper.entries(from: try CSVReader.read(Data(lines.joined(separator: "\n").utf8)), kind: nil, rowsPerPart: rowsPerPart)
            Issue.record("accepted")
        } catch {
            #expect(error.line == 12 && error.column == "amount")
        }
    }

    @Test func namesLineColumnValueAndExpectation() {
        let csv = "date,club,amount,currency,event\n2024-01-05,CLUB-A,10.00,USD,Rifa\n2024-01-06,CLUB-A,12.345,USD,Rifa\n"
        do {
            _ = try entries(csv)
            Issue.record("accepted")
        } catch {
            #expect(error.line == 3)
            #expect(error.column == "amount")
            #expect(error.value == "12.345")
            #expect(
                error.explanation(in: .english)
                    == "line 3, column amount: amount: \"12.345\" is not valid; expected an amount in USD with a decimal point, like 1,234.50, with at most 2 decimals"
            )
            #expect(error.explanation(in: .spanish).hasPrefix("línea 3, columna amount"))
        }
    }

    @Test(arguments: [
        ("date,club,amount,currency,event\n2025-02-30,CLUB-A,1.00,USD,Rifa\n", "date"),
        ("date,club,amount,currency,event\n,CLUB-A,1.00,USD,Rifa\n", "date"),
        ("date,club,amount,currency,event\n2025-01-01,CLUB-A,-1.00,USD,Rifa\n", "amount"),
        ("date,club,amount,currency,event\n2025-01-01,CLUB-A,0,USD,Rifa\n", "amount"),
        ("date,club,amount,currency,event\n2025-01-01,CLUB-A,diez,USD,Rifa\n", "amount"),
        ("date,club,amount,currency,event\n2025-01-01,CLUB-A,1.00,XXX,Rifa\n", "currency"),
        ("date,club,amount,currency,event\n2025-01-01,CLUB-A,1.00,MXN,Rifa\n", "currency"),
        ("date,club,amount,currency,event\n2025-01-01,CLUB-Z,1.00,USD,Rifa\n", "club"),
        (
            "date,project,budget_line,payee,payee_tax_id,amount,invoice_uuid\n2025-01-01,P-1,1,X,CON010101AB1,5.00,not-a-uuid\n",
            "invoice_uuid"
        ),
        (
            "date,project,budget_line,payee,payee_tax_id,amount,invoice_uuid\n2025-01-01,P-9,1,X,CON010101AB1,5.00,6F9619FF-8B86-D011-B42D-00C04FC964FF\n",
            "project"
        ),
    ])
    func everyBadFieldIsNamed(csv: String, column: String) {
        do {
            _ = try entries(csv)
            Issue.record("accepted")
        } catch {
            #expect(error.line == 2)
            #expect(error.column == column)
        }
    }

    @Test func refusesUnknownAndMissingColumnsAndHeaderOnlyFiles() {
        #expect(
            throws: ImportError(line: 1, column: "colour", value: "colour", problem: .unknownColumn(known: ImportKind.donations.columns))
        ) {
            try entries("date,club,amount,currency,colour\n2024-01-05,CLUB-A,1.00,USD,red\n")
        }
        #expect(
            throws: ImportError(
                line: 1, column: nil, value: nil, problem: .unrecognizedHeader(formats: ImportKind.allCases.map(\.rawValue)))
        ) {
            try entries("2024-01-05,CLUB-A,1.00,USD,Rifa\n2024-01-06,CLUB-A,1.00,USD,Rifa\n")
        }
        #expect(throws: ImportError(line: 1, column: nil, value: nil, problem: .headerOnly)) {
            try entries("date,club,amount,currency,event\n")
        }
        let mapper = ImportMapper(catalogue: Self.catalogue, numberStyle: .dotDecimal, recordedBy: "t")
        #expect(throws: ImportError(line: 1, column: "currency", value: nil, problem: .missingColumn)) {
            try mapper.entries(from: try CSVReader.read(Data("date,club,amount\n2024-01-05,CLUB-A,1\n".utf8)), kind: .donations)
        }
    }
}
