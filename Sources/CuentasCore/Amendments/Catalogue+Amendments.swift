/// Applying amendments and re-programmings to the catalogue: the one place that says what each field's amendment
/// changes. The store reads them back in the order they were recorded and applies them here; so does a write, to
/// check an amendment against the catalogue before it is kept.
extension Catalogue {
    /// Applies an amendment recorded as `number` and keeps it in the entry's history with the value it replaced.
    /// Refused (nothing changes) when the entry or a party it names is unknown, or the value is not one the field
    /// takes. `checkingParties` false: a part of the catalogue read back, which may lack a club an amendment names.
    public mutating func amend(_ amendment: CatalogueAmendment, number: Int64, checkingParties: Bool = true) throws(InputError) {
        let previous = try currentValue(of: amendment.field, of: amendment.subject)
        let value = amendment.value
        switch amendment.subject {
        case .club(let id):
            var club = clubs[id]!
            switch amendment.field {
            case .name: club.name = value
            case .federation:
                if value.isEmpty {
                    club.federationID = nil
                } else {
                    guard let federation = PartyID(stored: value), federations[federation] != nil || !checkingParties else {
                        throw InputError(field: "federation", value: value, expected: .oneOf(federations.keys.sorted().map(\.text)))
                    }
                    club.federationID = federation
                }
            case .cityAbroad: club.cityAbroad = value
            case .stateAbroad: club.stateAbroad = value
            case .countryAbroad: club.countryAbroad = value
            default: preconditionFailure("checked by CatalogueAmendment.init")
            }
            clubs[id] = club
        case .federation(let id): federations[id]!.name = value
        case .government(let id):
            if amendment.field == .name { governments[id]!.name = value }
        case .project(let folio):
            var project = projects[folio]!
            switch amendment.field {
            case .titleSpanish: project.title = LocalizedText(spanish: value, english: project.title.english)
            case .titleEnglish: project.title = LocalizedText(spanish: project.title.spanish, english: value)
            case .descriptionSpanish: project.description = LocalizedText(spanish: value, english: project.description.english)
            case .descriptionEnglish: project.description = LocalizedText(spanish: project.description.spanish, english: value)
            case .locality: project.locality = value
            case .executingAgency:
                guard let agency = PartyID(stored: value), partyExists(agency) || !checkingParties else {
                    throw InputError(field: "executing agency", value: value, expected: .identifier)
                }
                project.executingAgencyID = agency
            case .plannedEnd:
                guard let date = try? CalendarDate(parsing: value, field: "planned end"), date >= project.proposedOn else {
                    throw InputError(field: "planned end", value: value, expected: .dateOnOrAfter(project.proposedOn))
                }
                project.plannedEndOn = date
            default: preconditionFailure("checked by CatalogueAmendment.init")
            }
            projects[folio] = project
        }
        history[amendment.subject, default: []].append(AmendmentRecord(number: number, amendment: amendment, previousValue: previous))
    }

    /// Whether the catalogue holds the entry (a part of it read back may not).
    public func has(_ subject: CatalogueAmendment.Subject) -> Bool {
        switch subject {
        case .club(let id): return clubs[id] != nil
        case .federation(let id): return federations[id] != nil
        case .government(let id): return governments[id] != nil
        case .project(let folio): return projects[folio] != nil
        }
    }

    /// A field's value now, as an amendment's value would write it; throws when the entry is unknown.
    public func currentValue(of field: CatalogueAmendment.Field, of subject: CatalogueAmendment.Subject) throws(InputError) -> String {
        let unknown = InputError(field: subject.kind.rawValue, value: subject.id, expected: .identifier)
        switch subject {
        case .club(let id):
            guard let club = clubs[id] else { throw unknown }
            switch field {
            case .name: return club.name
            case .federation: return club.federationID?.text ?? ""
            case .cityAbroad: return club.cityAbroad
            case .stateAbroad: return club.stateAbroad
            default: return club.countryAbroad
            }
        case .federation(let id):
            guard let federation = federations[id] else { throw unknown }
            return federation.name
        case .government(let id):
            guard let government = governments[id] else { throw unknown }
            return field == .name ? government.name : administrations(of: id).last?.name ?? ""
        case .project(let folio):
            guard let project = projects[folio] else { throw unknown }
            switch field {
            case .titleSpanish: return project.title.spanish
            case .titleEnglish: return project.title.english
            case .descriptionSpanish: return project.description.spanish
            case .descriptionEnglish: return project.description.english
            case .locality: return project.locality
            case .executingAgency: return project.executingAgencyID.text
            default: return project.plannedEndOn?.isoText ?? ""
            }
        }
    }

    /// A government's administrations, in the order they took office.
    public func administrations(of id: PartyID) -> [Administration] {
        (history[.government(id)] ?? []).filter { $0.amendment.field == .administration }
            .map { Administration(name: $0.amendment.value, tookOfficeOn: $0.amendment.effectiveOn) }
            .sorted { $0.tookOfficeOn < $1.tookOfficeOn }
    }

    /// The administration in office on `date`: the last to take office on or before it.
    public func administration(of id: PartyID, on date: CalendarDate) -> Administration? {
        administrations(of: id).last { $0.tookOfficeOn <= date }
    }

    /// Applies a re-programming of a project's budget. Refused (nothing changes) when a line is unknown or in another
    /// currency, the lines would no longer add up to the approved cost, it is dated before the project was proposed or
    /// before the project's last re-programming, or a line would fall below what was already paid on it
    /// (`paidByLine`, in minor units, from the project's stored balances), or a line given its current amount. A
    /// re-programming read back (`paidByLine` nil) is checked only for what makes a budget: known lines adding up to
    /// the cost, in date order.
    public mutating func reprogram(_ reprogramming: BudgetReprogramming, paidByLine: [Int: Int64]? = nil) throws(InputError) {
        guard var project = projects[reprogramming.folio] else {
            throw InputError(field: "project", value: reprogramming.folio.text, expected: .identifier)
        }
        let floor = max(project.proposedOn, project.reprogrammings.last?.effectiveOn ?? project.proposedOn)
        guard reprogramming.effectiveOn >= floor else {
            throw InputError(field: "date", value: reprogramming.effectiveOn.isoText, expected: .dateOnOrAfter(floor))
        }
        var amounts: [Int: Int64] = [:]
        for line in project.budgetLines { amounts[line.number] = project.modifiedAmount(line: line.number)!.minorUnits }
        for change in reprogramming.lines {
            guard amounts[change.number] != nil else {
                throw InputError(field: "line", value: "\(change.number)", expected: .oneOf(project.budgetLines.map { "\($0.number)" }))
            }
            guard change.amount.currency == project.currency else {
                throw InputError(
                    field: "line \(change.number)", value: change.amount.currency.code, expected: .sameCurrency(project.currency.code))
            }
            guard let paidByLine else {
                amounts[change.number] = change.amount.minorUnits
                continue
            }
            guard change.amount.minorUnits != amounts[change.number] else {
                throw InputError(
                    field: "line \(change.number)", value: MoneyFormatter.format(change.amount, in: .english),
                    expected: .amountOtherThan(Money(minorUnits: amounts[change.number]!, currency: project.currency)))
            }
            let paid = paidByLine[change.number, default: 0]
            guard change.amount.minorUnits >= paid else {
                throw InputError(
                    field: "line \(change.number)", value: MoneyFormatter.format(change.amount, in: .english),
                    expected: .amountAtLeast(Money(minorUnits: paid, currency: project.currency)))
            }
            amounts[change.number] = change.amount.minorUnits
        }
        let cost = reprogramming.newCost ?? project.approvedCost
        guard cost.currency == project.currency else {
            throw InputError(field: "cost", value: cost.currency.code, expected: .sameCurrency(project.currency.code))
        }
        if paidByLine != nil, let newCost = reprogramming.newCost, newCost == project.approvedCost {
            throw InputError(
                field: "cost", value: MoneyFormatter.format(newCost, in: .english), expected: .amountOtherThan(project.approvedCost))
        }
        let total = MoneyTotal(
            summing: amounts.values.map { Money(minorUnits: $0, currency: project.currency) }, currency: project.currency)
        guard total == MoneyTotal(cost) else {
            let given = reprogramming.lines.map { "\($0.number)=\(MoneyFormatter.format($0.amount, in: .english))" }.joined(separator: " ")
            throw InputError(field: "lines", value: given, expected: .linesAddingUpTo(cost))
        }
        project.approvedCost = cost
        project.reprogrammings.append(reprogramming)
        projects[reprogramming.folio] = project
    }
}
