import CuentasCore
import CuentasTestSupport
import Testing

@Suite struct AccessRuleTests {
    static let state = StatementFixture.state()
    static var catalogue: Catalogue { state.catalogue }
    static let otherClub = PartyID(trusted: "CLUB-OTHER")
    static let otherMunicipality = PartyID(trusted: "MUN-OTHER")

    static func donation(_ club: PartyID) -> MovementBody {
        .donation(Donation(clubID: club, amount: Money(minorUnits: 100, currency: .usDollar), source: .member(nil)))
    }

    static let progress = MovementBody.progress(ProgressReport(folio: StatementFixture.folio, physicalPercent: 10))

    @Test func aTreasurerRecordsOnlyTheirClubsMoney() throws {
        let treasurer = try UserAccount(name: "t", role: .treasurer, clubID: StatementFixture.club, municipalityID: nil)
        #expect(AccessRule.mayRecord(Self.donation(StatementFixture.club), by: treasurer, catalogue: Self.catalogue))
        #expect(!AccessRule.mayRecord(Self.donation(Self.otherClub), by: treasurer, catalogue: Self.catalogue))
        #expect(!AccessRule.mayRecord(Self.progress, by: treasurer, catalogue: Self.catalogue))
        #expect(AccessRule.mayRead(StatementFixture.folio, by: treasurer, catalogue: Self.catalogue))
    }

    @Test func anOfficialRecordsOnlyTheirMunicipalitysProjects() throws {
        let official = try UserAccount(name: "o", role: .official, clubID: nil, municipalityID: StatementFixture.municipality)
        let stranger = try UserAccount(name: "s", role: .official, clubID: nil, municipalityID: Self.otherMunicipality)
        #expect(AccessRule.mayRecord(Self.progress, by: official, catalogue: Self.catalogue))
        #expect(!AccessRule.mayRecord(Self.progress, by: stranger, catalogue: Self.catalogue))
        #expect(!AccessRule.mayRecord(Self.donation(StatementFixture.club), by: official, catalogue: Self.catalogue))
        #expect(!AccessRule.mayRead(StatementFixture.folio, by: stranger, catalogue: Self.catalogue))
    }

    @Test func auditorsAndAdminsRecordNoMoney() throws {
        for role in [UserRole.auditor, .admin] {
            let user = try UserAccount(name: "x", role: role, clubID: nil, municipalityID: nil)
            #expect(!AccessRule.mayRecord(Self.progress, by: user, catalogue: Self.catalogue))
            #expect(!AccessRule.mayRecord(Self.donation(StatementFixture.club), by: user, catalogue: Self.catalogue))
            #expect(AccessRule.mayObserve(by: user) == (role == .auditor))
        }
    }

    @Test func anAccountNeedsTheScopeItsRoleHasAndNoOther() {
        #expect(throws: InputError.self) { try UserAccount(name: "t", role: .treasurer, clubID: nil, municipalityID: nil) }
        #expect(throws: InputError.self) { try UserAccount(name: "o", role: .official, clubID: StatementFixture.club, municipalityID: nil) }
        #expect(throws: InputError.self) { try UserAccount(name: "a", role: .auditor, clubID: StatementFixture.club, municipalityID: nil) }
        #expect(throws: InputError.self) { try UserAccount(name: "María", role: .auditor, clubID: nil, municipalityID: nil) }
        #expect(throws: InputError.self) { try UserAccount(name: "", role: .auditor, clubID: nil, municipalityID: nil) }
    }
}
