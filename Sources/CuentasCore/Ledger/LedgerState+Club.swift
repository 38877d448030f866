/// Donations and event income: the money of a club's fund.
extension LedgerState {
    mutating func recordDonation(_ donation: Donation, _ movement: Movement) throws(LedgerViolation) {
        guard var fund = clubFunds[donation.clubID] else {
            throw violation(nil, movement, .unknownClub(donation.clubID), club: donation.clubID)
        }
        guard donation.amount.currency == fund.club.fundCurrency else {
            throw violation(
                nil, movement, .currencyDiffers(expected: fund.club.fundCurrency, given: donation.amount.currency),
                club: donation.clubID)
        }
        switch donation.source {
        case .member(let memberID):
            if let memberID {
                guard catalogue.members[memberID]?.clubID == donation.clubID else {
                    throw violation(nil, movement, .unknownMember(memberID), club: donation.clubID)
                }
            }
            fund.memberDonationsMinorUnits += donation.amount.minorUnits
        case .event:
            fund.eventIncomeMinorUnits += donation.amount.minorUnits
        }
        fund.balanceMinorUnits += donation.amount.minorUnits
        clubMovementIDs[fund.club.id, default: []].append(movement.id)
        clubFunds[donation.clubID] = fund
    }
}
