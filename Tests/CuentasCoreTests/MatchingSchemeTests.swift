import CuentasCore
import CuentasTestSupport
import Foundation
import Testing

@Suite struct MatchingSchemeTests {
    func pesos(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mexicanPeso) }

    @Test func theFourSampleSchemesLoad() throws {
        for name in ["3x1-classic", "3x1-infrastructure", "productive", "2x1"] {
            #expect(try SampleFiles.scheme(name).id.text == name)
        }
    }

    @Test func classicGivesAQuarterEach() throws {
        let allocation = try SampleFiles.scheme("3x1-classic").allocate(cost: pesos(2_400_000_00))
        #expect(allocation.commitments.map(\.amount) == Array(repeating: pesos(600_000_00), count: 4))
        #expect(!allocation.capBound)
    }

    @Test func awkwardCostsAddUpToTheCentavo() throws {
        let classic = try SampleFiles.scheme("3x1-classic")
        let allocation = try classic.allocate(cost: pesos(1_000_000_01))
        #expect(allocation.commitments.map(\.amount.minorUnits) == [25_000_001, 25_000_000, 25_000_000, 25_000_000])
        #expect(allocation.total == pesos(1_000_000_01))
        let thirds = try SampleFiles.scheme("2x1").allocate(cost: pesos(1_000_000_01))
        #expect(thirds.commitments.map(\.amount.minorUnits) == [33_333_334, 33_333_334, 33_333_333])
        let oneCentavo = try classic.allocate(cost: pesos(1))
        #expect(oneCentavo.commitments.map(\.amount.minorUnits) == [1, 0, 0, 0])
    }

    @Test func theFederalCapBindsAndTheStateAndMunicipalityCoverTheExcess() throws {
        let scheme = try SampleFiles.scheme("3x1-infrastructure")
        let allocation = try scheme.allocate(cost: pesos(4_500_000_00))
        #expect(allocation.amount(for: .federal) == pesos(1_000_000_00))
        #expect(allocation.amount(for: .club) == pesos(1_125_000_00))
        #expect(allocation.amount(for: .state) == pesos(1_187_500_00))
        #expect(allocation.amount(for: .municipal) == pesos(1_187_500_00))
        #expect(allocation.capBindings == [CapBinding(role: .federal, cap: pesos(1_000_000_00), excess: pesos(125_000_00))])
        #expect(allocation.total == pesos(4_500_000_00))
    }

    @Test func costsNearTheCap() throws {
        let scheme = try SampleFiles.scheme("3x1-infrastructure")
        let atCap = try scheme.allocate(cost: pesos(4_000_000_00))
        #expect(atCap.amount(for: .federal) == pesos(1_000_000_00))
        #expect(!atCap.capBound)
        let oneCentavoOver = try scheme.allocate(cost: pesos(4_000_000_04))
        #expect(oneCentavoOver.amount(for: .federal) == pesos(1_000_000_00))
        #expect(oneCentavoOver.capBindings.first?.excess == pesos(1))
        #expect(oneCentavoOver.total == pesos(4_000_000_04))
        let productive = try SampleFiles.scheme("productive").allocate(cost: pesos(700_000_00))
        #expect(productive.amount(for: .federal) == pesos(300_000_00))
        #expect(productive.amount(for: .club) == pesos(400_000_00))
        #expect(productive.capBound)
    }

    @Test func aSplitByAgreementKeepsTheGroupTotal() throws {
        let scheme = try SampleFiles.scheme("3x1-infrastructure")
        let allocation = try scheme.allocate(cost: pesos(4_500_000_00), agreedParts: [.state: 30, .municipal: 20])
        // The federal excess of 125,000 is shared 30:20.
        #expect(allocation.amount(for: .state) == pesos(1_425_000_00))
        #expect(allocation.amount(for: .municipal) == pesos(950_000_00))
        #expect(allocation.total == pesos(4_500_000_00))
        #expect(throws: MatchingError.agreementTotalDiffers(expected: 50, given: 60)) {
            try scheme.allocate(cost: pesos(1_000_00), agreedParts: [.state: 30, .municipal: 30])
        }
        #expect(throws: MatchingError.agreementRolesDiffer(expected: [])) {
            try SampleFiles.scheme("3x1-classic").allocate(cost: pesos(1_000_00), agreedParts: [.state: 25, .municipal: 25])
        }
    }

    @Test func everyAllocationAddsUpForRandomCosts() throws {
        var generator = SeededGenerator(seed: 7)
        let schemes = try ["3x1-classic", "3x1-infrastructure", "productive", "2x1"].map(SampleFiles.scheme)
        for _ in 0..<500 {
            let cost = pesos(Int64.random(in: 1...50_000_000_00, using: &generator))
            for scheme in schemes {
                let allocation = try scheme.allocate(cost: cost)
                #expect(allocation.total == cost)
                #expect(allocation.commitments.allSatisfy { !$0.amount.isNegative })
                if let cap = scheme.share(for: .federal)?.cap { #expect(allocation.amount(for: .federal).minorUnits <= cap.minorUnits) }
            }
        }
    }

    @Test func aSchemeFileMustSayWhoCoversACap() {
        let json = """
            {"format": "cuentas-scheme-1", "id": "bad", "name": {"es": "x", "en": "x"}, "description": {"es": "", "en": ""},
             "currency": "MXN", "shares": [{"role": "club", "parts": 1}, {"role": "federal", "parts": 1, "cap": "10.00"}]}
            """
        #expect(throws: SchemeError.capWithoutCoverage) { try SchemeFile.scheme(fromJSON: Data(json.utf8)) }
    }

    @Test func aSchemeFileWithAMissingFieldIsExplained() {
        let json = #"{"format": "cuentas-scheme-1", "id": "bad"}"#
        do {
            _ = try SchemeFile.scheme(fromJSON: Data(json.utf8))
            Issue.record("accepted")
        } catch {
            #expect(error.explanation(in: .english).contains("missing field \"name\""))
        }
    }

    @Test func theCostMustBeInTheSchemeCurrency() throws {
        #expect(throws: MatchingError.currencyDiffers(scheme: .mexicanPeso, cost: .usDollar)) {
            try SampleFiles.scheme("3x1-classic").allocate(cost: Money(minorUnits: 100, currency: .usDollar))
        }
    }
}
