import CuentasCore
import Foundation

/// Turns the rows of an import file into movement drafts, checking each field. Needs the catalogue to know each
/// project's and club's currency, since "1234.5" means different minor units in different currencies.
public struct ImportMapper: Sendable {
    public struct Entry: Sendable {
        public let line: Int
        /// The movements the row records: one, or for an approval the status change and each pledge.
        public let drafts: [MovementDraft]
        /// The party or project the row adds (catalogue files).
        public let catalogueEntries: [CatalogueEntry]
        /// The row's fields, and the position of each column (one table shared by every row of the file), to name the
        /// column and value a ledger rule refuses. A dictionary of values per row cost a tenth of a large import.
        let fields: [String]
        let indexes: [String: Int]

        /// The row's value in a column, if the file has that column.
        public func value(of column: String) -> String? {
            indexes[column].map { fields[$0] }
        }

        /// The error for a ledger rule this row breaks, naming its line, column and value.
        public func error(_ violation: LedgerViolation, kind: ImportKind) -> ImportError {
            let column = kind.column(for: violation.rule)
            return ImportError(line: line, column: column, value: column.flatMap(value(of:)), problem: .violation(violation))
        }
    }

    public let catalogue: Catalogue
    public let numberStyle: NumberStyle
    public let recordedBy: String
    let dateBounds: DateBounds
    /// The recorded sendings an arrivals file names, by number (`sendingNumbers(in:)`): an arrival repeats its
    /// sending's club, project and amount. Recorded movements never change, so they may be read before the
    /// transaction that records the file.
    public var sendings: [MovementID: Movement] = [:]

    /// `today` and `earliest`: the last and first days an event may carry (see `DateBounds`).
    public init(
        catalogue: Catalogue, numberStyle: NumberStyle, recordedBy: String, today: CalendarDate = .today(),
        earliest: CalendarDate = DateBounds.defaultEarliest
    ) {
        self.catalogue = catalogue
        self.numberStyle = numberStyle
        self.recordedBy = recordedBy
        dateBounds = DateBounds(today: today, earliest: earliest)
    }

    /// Checks the header and maps every row; the error is the first bad field in file order. Rows are mapped
    /// independently, in parts of `rowsPerPart` on every core (a twelfth of a 360,000-row import's time on one).
    public func entries(
        from table: CSVTable, kind: ImportKind?, rowsPerPart: Int = 8_192
    ) throws(ImportError) -> (ImportKind, [Entry]) {
        precondition(rowsPerPart > 0, "a part has rows")
        let (resolved, indexes) = try Self.columns(of: table, kind: kind)
        let rows = table.rows
        let parts = MappedParts(count: (rows.count + rowsPerPart - 1) / rowsPerPart)
        DispatchQueue.concurrentPerform(iterations: parts.count) { part in
            var entries: [Entry] = []
            entries.reserveCapacity(rowsPerPart)
            do throws(ImportError) {
                for row in rows[(part * rowsPerPart)..<min((part + 1) * rowsPerPart, rows.count)] {
                    entries.append(try entry(row, kind: resolved, indexes: indexes))
                }
                parts.set(part, .success(entries))
            } catch {
                parts.set(part, .failure(error))
            }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(rows.count)
        for result in parts.results {
            switch result {
            case .success(let part): entries += part
            case .failure(let error): throw error
            }
        }
        return (resolved, entries)
    }

    /// The parts of a file mapped by concurrent workers, each into its own slot.
    private final class MappedParts: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<[Entry], ImportError>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        var count: Int { slots.count }

        func set(_ index: Int, _ result: Result<[Entry], ImportError>) {
            lock.withLock { slots[index] = result }
        }

        /// Every part's result, in file order (each part is set before `concurrentPerform` returns).
        var results: [Result<[Entry], ImportError>] { lock.withLock { slots.map { $0! } } }
    }

    /// The file's kind and the position of each column, once the header is checked: known columns, none twice,
    /// every required one, and at least one row.
    public static func columns(of table: CSVTable, kind: ImportKind?) throws(ImportError) -> (ImportKind, [String: Int]) {
        let resolved: ImportKind
        if let kind {
            resolved = kind
        } else if let detected = ImportKind.detect(header: table.header) ?? ImportKind.closest(header: table.header) {
            resolved = detected
        } else {
            throw ImportError(line: 1, column: nil, value: nil, problem: .unrecognizedHeader(formats: ImportKind.allCases.map(\.rawValue)))
        }
        var seen = Set<String>()
        for name in table.header {
            guard seen.insert(name).inserted else { throw ImportError(line: 1, column: name, value: nil, problem: .repeatedColumn) }
        }
        for name in table.header where !resolved.columns.contains(name) {
            throw ImportError(line: 1, column: name, value: name, problem: .unknownColumn(known: resolved.columns))
        }
        for name in resolved.requiredColumns where !table.header.contains(name) {
            throw ImportError(line: 1, column: name, value: nil, problem: .missingColumn)
        }
        guard !table.rows.isEmpty else { throw ImportError(line: 1, column: nil, value: nil, problem: .headerOnly) }
        return (resolved, columnPositions(of: table.header))
    }

    /// Where each column of a header is.
    private static func columnPositions(of header: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (position, name) in header.enumerated() { positions[name] = position }
        return positions
    }

    /// The error for a ledger rule that one of a file's rows breaks, naming its line, column and value: for a caller
    /// that let the row's entry go once its movements were handed on. `table` is the file `entries` mapped.
    public static func error(
        _ violation: LedgerViolation, row: Int, of table: CSVTable, kind: ImportKind
    ) -> ImportError {
        precondition(table.rows.indices.contains(row), "the row is one of the file's")
        let fields = table.rows[row]
        return Entry(
            line: fields.line, drafts: [], catalogueEntries: [], fields: fields.fields, indexes: columnPositions(of: table.header)
        ).error(violation, kind: kind)
    }

    /// One row as the movements or catalogue entries it records. Throws the first bad field.
    public func entry(_ row: CSVTable.Row, kind: ImportKind, indexes: [String: Int]) throws(ImportError) -> Entry {
        let fields = ImportRow(line: row.line, fields: row.fields, indexes: indexes)
        var drafts: [MovementDraft] = []
        var catalogueEntries: [CatalogueEntry] = []
        switch kind {
        case .governments: catalogueEntries = [try governmentDefinition(fields)]
        case .clubs: catalogueEntries = [try clubDefinition(fields)]
        case .projects: catalogueEntries = [try projectDefinition(fields)]
        case .amendments: catalogueEntries = [try amendment(fields)]
        case .deposits: drafts = [try deposit(fields)]
        case .donations: drafts = [try donation(fields)]
        case .transfers: drafts = [try transfer(fields)]
        case .sendings: drafts = [try sending(fields)]
        case .arrivals: drafts = [try arrival(fields)]
        case .payments: drafts = [try payment(fields)]
        case .approvals: drafts = try approval(fields)
        case .statuses: drafts = [try status(fields)]
        case .progress: drafts = [try progress(fields)]
        case .reversals: drafts = [try reversal(fields)]
        }
        return Entry(line: row.line, drafts: drafts, catalogueEntries: catalogueEntries, fields: row.fields, indexes: indexes)
    }

    private func draft(_ row: ImportRow, _ body: MovementBody) throws(ImportError) -> MovementDraft {
        MovementDraft(
            occurredOn: try row.eventDate("date", within: dateBounds), recordedBy: recordedBy,
            note: try row.optionalText("note", maximumCharacters: TextLimits.noteCharacters, allowsNewlines: true) ?? "", body: body)
    }

    private func project(_ row: ImportRow) throws(ImportError) -> Project {
        let folio: Folio = try row.identifier("project")
        guard let project = catalogue.projects[folio] else {
            throw row.violation("project", LedgerViolation(folio: folio, movementID: nil, rule: .unknownProject))
        }
        return project
    }

    private func club(_ row: ImportRow) throws(ImportError) -> Club {
        let id: PartyID = try row.identifier("club")
        guard let club = catalogue.clubs[id] else {
            throw row.violation("club", LedgerViolation(folio: nil, clubID: id, movementID: nil, rule: .unknownClub(id)))
        }
        return club
    }

    private func remittance(_ row: ImportRow, sentCurrency: CurrencyCode, receivedCurrency: CurrencyCode) throws(ImportError) -> Remittance
    {
        let sent = try row.positiveMoney("sent_amount", currency: sentCurrency, style: numberStyle)
        let fee = try row.money("fee", currency: sentCurrency, style: numberStyle)
        let rate = try row.exchangeRate("exchange_rate")
        let marketRate = try row.optionalExchangeRate("market_rate")
        let received = try row.positiveMoney("received_amount", currency: receivedCurrency, style: numberStyle)
        let remittance = Remittance(
            sent: sent, fee: fee, exchangeRate: rate,
            rateSource: try row.text("rate_source", maximumCharacters: TextLimits.nameCharacters), marketRate: marketRate,
            received: received, reference: try row.text("reference", maximumCharacters: TextLimits.referenceCharacters))
        if let problem = RemittancePlausibility.problem(with: remittance) {
            let error = RemittancePlausibility.inputError(
                problem, of: remittance, received: "received_amount", rate: "exchange_rate", marketRate: "market_rate")
            throw row.fail(error.field, error)
        }
        return remittance
    }

    private func deposit(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let project = try project(row)
        let party: PartyID = try row.identifier("party")
        let sentCurrency = try row.currency("sent_currency")
        let remittance = try remittance(row, sentCurrency: sentCurrency, receivedCurrency: project.currency)
        return try draft(row, .deposit(Deposit(folio: project.folio, partyID: party, remittance: remittance)))
    }

    private func transfer(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let club = try club(row)
        let project = try project(row)
        let remittance = try remittance(row, sentCurrency: club.fundCurrency, receivedCurrency: project.currency)
        return try draft(row, .transfer(Transfer(clubID: club.id, folio: project.folio, remittance: remittance)))
    }

    private func sending(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let club = try club(row)
        let project = try project(row)
        let sent = try row.positiveMoney("sent_amount", currency: club.fundCurrency, style: numberStyle)
        let sending = Sending(
            clubID: club.id, folio: project.folio, sent: sent,
            fee: try row.money("fee", currency: club.fundCurrency, style: numberStyle), quotedRate: try row.exchangeRate("exchange_rate"),
            rateSource: try row.text("rate_source", maximumCharacters: TextLimits.nameCharacters),
            marketRate: try row.optionalExchangeRate("market_rate"),
            provider: try row.text("provider", maximumCharacters: TextLimits.nameCharacters),
            reference: try row.text("reference", maximumCharacters: TextLimits.referenceCharacters))
        guard let remittance = sending.expectedRemittance(in: project.currency) else {
            throw row.fail(
                "exchange_rate", InputError(field: "exchange_rate", value: row.raw("exchange_rate") ?? "", expected: .amountWithinRange))
        }
        if let problem = RemittancePlausibility.problem(with: remittance) {
            let error = RemittancePlausibility.inputError(
                problem, of: remittance, received: "sent_amount", rate: "exchange_rate", marketRate: "market_rate")
            throw row.fail(error.field, error)
        }
        return try draft(row, .sending(sending))
    }

    private func arrival(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let number = try row.wholeNumber("sending")
        guard let movement = sendings[number] else {
            throw row.violation("sending", LedgerViolation(folio: nil, movementID: nil, rule: .unknownSending(number)))
        }
        let currency = movement.body.folio.flatMap { catalogue.projects[$0]?.currency } ?? .mexicanPeso
        let received = try row.positiveMoney("received_amount", currency: currency, style: numberStyle)
        let reference = try row.text("reference", maximumCharacters: TextLimits.referenceCharacters)
        do {
            return try draft(row, .arrival(try Arrival(of: movement, received: received, reference: reference)))
        } catch let error as LedgerViolation {
            throw row.violation("sending", error)
        } catch let error as ImportError {
            throw error
        } catch {
            preconditionFailure("unexpected \(error)")
        }
    }

    /// The sending numbers an arrivals file names (the ones that are whole numbers), for the caller to read them
    /// into `sendings`.
    public static func sendingNumbers(in table: CSVTable) -> Set<MovementID> {
        guard let position = table.header.firstIndex(of: "sending") else { return [] }
        return Set(table.rows.compactMap { $0.fields.indices.contains(position) ? PlainNumber.parse($0.fields[position]) : nil })
    }

    private func donation(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let club = try club(row)
        let currency = try row.currency("currency")
        guard currency == club.fundCurrency else {
            throw row.violation(
                "currency",
                LedgerViolation(
                    folio: nil, clubID: club.id, movementID: nil, rule: .currencyDiffers(expected: club.fundCurrency, given: currency)))
        }
        let amount = try row.positiveMoney("amount", currency: currency, style: numberStyle)
        let member = try row.optionalWholeNumber("member")
        let event = try row.optionalText("event", maximumCharacters: TextLimits.nameCharacters)
        let source: DonationSource
        switch (member, event) {
        case (let member?, nil): source = .member(member)
        case (nil, let event?): source = .event(event)
        case (nil, nil):
            // Who gave it is the one thing a donor looks for: an anonymous gift names an anonymous member
            // (`cuentas member add --anonymous`).
            throw ImportError(
                line: row.line, column: "member", value: "",
                problem: .invalid(
                    InputError(field: "member", value: "", expected: .memberOrEvent)))
        case (.some, .some):
            throw ImportError(
                line: row.line, column: "event", value: event,
                problem: .invalid(
                    InputError(field: "event", value: event ?? "", expected: .emptyWhenMemberGiven)))
        }
        return try draft(row, .donation(Donation(clubID: club.id, amount: amount, source: source)))
    }

    private func payment(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let project = try project(row)
        let payment = Payment(
            folio: project.folio, budgetLine: Int(try row.wholeNumber("budget_line")),
            payee: try row.text("payee", maximumCharacters: TextLimits.nameCharacters),
            payeeTaxID: try row.taxID("payee_tax_id"),
            amount: try row.positiveMoney("amount", currency: project.currency, style: numberStyle),
            invoiceUUID: try row.invoiceUUID("invoice_uuid"),
            overrunReason: try row.optionalText("overrun_reason", maximumCharacters: TextLimits.noteCharacters))
        return try draft(row, .payment(payment))
    }

    private func approval(_ row: ImportRow) throws(ImportError) -> [MovementDraft] {
        let project = try project(row)
        let schemeID: SchemeID = try row.identifier("scheme")
        var agreed: [FundingRole: Int64] = [:]
        if let text = row.raw("agreed"), !text.isEmpty {
            do { agreed = try Approval.agreedParts(parsing: text.split(separator: ";").map(String.init), field: "agreed") } catch {
                throw row.fail("agreed", error)
            }
        }
        let note = try row.optionalText("note", maximumCharacters: TextLimits.noteCharacters, allowsNewlines: true) ?? ""
        do {
            return try Approval.drafts(
                folio: project.folio, schemeID: schemeID, agreedParts: agreed,
                sessionDate: try row.eventDate("session_date", within: dateBounds),
                minutesReference: try row.text("minutes", maximumCharacters: TextLimits.referenceCharacters),
                occurredOn: try row.eventDate("date", within: dateBounds), recordedBy: recordedBy, note: note, catalogue: catalogue
            ).drafts
        } catch let error as ApprovalError {
            throw ImportError(line: row.line, column: "scheme", value: row.raw("scheme"), problem: .approval(error))
        } catch let error as ImportError {
            throw error
        } catch {
            preconditionFailure("unexpected \(error)")
        }
    }

    private func status(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let project = try project(row)
        let allowed: [ProjectStatus] = [.rejected, .inExecution, .completed, .closed, .cancelled]
        let text = row.raw("status") ?? ""
        guard let status = ProjectStatus(rawValue: text), allowed.contains(status) else {
            throw row.fail(
                "status",
                InputError(field: "status", value: text, expected: .oneOf(allowed.map(\.rawValue) + ["(approvals have their own file)"])))
        }
        let change = StatusChange(
            folio: project.folio, status: status,
            minutesReference: try row.optionalText("minutes", maximumCharacters: TextLimits.referenceCharacters),
            handOverReference: try row.optionalText("hand_over", maximumCharacters: TextLimits.referenceCharacters),
            reason: try row.optionalText("reason", maximumCharacters: TextLimits.noteCharacters))
        return try draft(row, .status(change))
    }

    private func progress(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let project = try project(row)
        let text = row.raw("percent") ?? ""
        guard let percent = PlainNumber.parse(text).map(Int.init), (0...100).contains(percent) else {
            throw row.fail("percent", InputError(field: "percent", value: text, expected: .percentage))
        }
        return try draft(row, .progress(ProgressReport(folio: project.folio, physicalPercent: percent)))
    }

    private func reversal(_ row: ImportRow) throws(ImportError) -> MovementDraft {
        let movement = try row.wholeNumber("movement")
        let reason = try row.text("reason", maximumCharacters: TextLimits.noteCharacters, allowsNewlines: true)
        return try draft(row, .reversal(Reversal(movementID: movement, reason: reason)))
    }

    /// An amendment row (`AmendmentColumns`): checked as the command line checks the same change.
    private func amendment(_ row: ImportRow) throws(ImportError) -> CatalogueEntry {
        let entityText = row.raw("entity") ?? ""
        guard let kind = CatalogueAmendment.SubjectKind(rawValue: entityText) else {
            throw row.fail(
                "entity",
                InputError(field: "entity", value: entityText, expected: .oneOf(CatalogueAmendment.SubjectKind.allCases.map(\.rawValue))))
        }
        // The entry's code, checked as an identifier; which kind of code it is, the entity column says.
        let code = try (row.identifier("id") as Folio).text
        let subject = CatalogueAmendment.Subject(kind: kind, id: code)!
        let fieldText = row.raw("field") ?? ""
        let effectiveOn = try row.eventDate("date", within: dateBounds)
        let reason = try row.text("reason", maximumCharacters: TextLimits.noteCharacters, allowsNewlines: true)
        let minutes = try row.optionalText("minutes", maximumCharacters: TextLimits.referenceCharacters)
        if case .project(let id) = subject, fieldText == AmendmentColumns.lineField {
            guard let project = catalogue.projects[id] else {
                throw row.violation("id", LedgerViolation(folio: id, movementID: nil, rule: .unknownProject))
            }
            let change: BudgetReprogramming.LineChange
            do {
                change = try .init(parsing: row.raw("value") ?? "", currency: project.currency, style: numberStyle, field: "value")
            } catch { throw row.fail("value", error) }
            guard let minutes else {
                throw row.fail("minutes", InputError(field: "minutes", value: "", expected: .nonEmptyText))
            }
            return .reprogramming(
                BudgetReprogramming(
                    folio: id, effectiveOn: effectiveOn, lines: [change], minutes: minutes, reason: reason, recordedBy: recordedBy))
        }
        guard let field = AmendmentColumns.fields[kind]?.first(where: { $0.name == fieldText })?.field else {
            throw row.fail("field", InputError(field: "field", value: fieldText, expected: .oneOf(AmendmentColumns.names(for: kind))))
        }
        let value: String
        switch field {
        case .federation: value = try (row.optionalIdentifier("value") as PartyID?)?.text ?? ""
        case .executingAgency: value = try (row.identifier("value") as PartyID).text
        case .plannedEnd: value = try row.date("value").isoText
        case .descriptionSpanish, .descriptionEnglish:
            value = try row.optionalText("value", maximumCharacters: TextLimits.descriptionCharacters, allowsNewlines: true) ?? ""
        case .titleSpanish, .titleEnglish: value = try row.text("value", maximumCharacters: TextLimits.titleCharacters)
        default: value = try row.text("value", maximumCharacters: TextLimits.nameCharacters)
        }
        return .amendment(
            CatalogueAmendment(
                subject: subject, field: field, value: value, effectiveOn: effectiveOn, reason: reason, minutes: minutes,
                recordedBy: recordedBy))
    }

    private func governmentDefinition(_ row: ImportRow) throws(ImportError) -> CatalogueEntry {
        let levelText = row.raw("level") ?? ""
        guard let level = GovernmentLevel(rawValue: levelText) else {
            throw row.fail(
                "level", InputError(field: "level", value: levelText, expected: .oneOf(GovernmentLevel.allCases.map(\.rawValue))))
        }
        let parent: PartyID? = try row.optionalIdentifier("parent")
        guard (level == .federal) == (parent == nil) else {
            throw row.fail(
                "parent",
                InputError(
                    field: "parent", value: row.raw("parent") ?? "",
                    expected: .oneOf([level == .federal ? "empty for a federal government" : "the government above it"])))
        }
        let country = (row.raw("country").flatMap { $0.isEmpty ? nil : $0 } ?? "MX").uppercased()
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw row.fail(
                "country", InputError(field: "country", value: country, expected: .oneOf(["a two-letter ISO 3166 code such as MX"])))
        }
        return .government(
            Government(
                id: try row.identifier("id"), name: try row.text("name", maximumCharacters: TextLimits.nameCharacters), level: level,
                parentID: parent, countryCode: country))
    }

    private func clubDefinition(_ row: ImportRow) throws(ImportError) -> CatalogueEntry {
        var registration: TomaDeNota?
        if let number = try row.optionalText("toma_de_nota", maximumCharacters: TextLimits.referenceCharacters) {
            registration = TomaDeNota(number: number, expiresOn: try row.date("toma_de_nota_expires"))
        }
        let currencyText = row.raw("currency").flatMap { $0.isEmpty ? nil : $0 } ?? "USD"
        let currency: CurrencyCode
        do { currency = try CurrencyCode(currencyText) } catch { throw row.fail("currency", error) }
        return .club(
            Club(
                id: try row.identifier("id"), name: try row.text("name", maximumCharacters: TextLimits.nameCharacters),
                federationID: try row.optionalIdentifier("federation"),
                cityAbroad: try row.text("city", maximumCharacters: TextLimits.nameCharacters),
                stateAbroad: try row.text("state", maximumCharacters: TextLimits.nameCharacters),
                countryAbroad: try row.optionalText("country", maximumCharacters: TextLimits.nameCharacters) ?? "USA",
                tomaDeNota: registration, fundCurrency: currency))
    }

    /// A project row: `clubs` separated by ";", `lines` as "concept=amount" separated by "|", adding up to `cost`.
    private func projectDefinition(_ row: ImportRow) throws(ImportError) -> CatalogueEntry {
        let kindText = row.raw("kind") ?? ""
        guard let kind = ProjectKind(rawValue: kindText) else {
            throw row.fail("kind", InputError(field: "kind", value: kindText, expected: .oneOf(ProjectKind.allCases.map(\.rawValue))))
        }
        let currencyText = row.raw("currency").flatMap { $0.isEmpty ? nil : $0 } ?? "MXN"
        let currency: CurrencyCode
        do { currency = try CurrencyCode(currencyText) } catch { throw row.fail("currency", error) }
        let cost = try row.positiveMoney("cost", currency: currency, style: numberStyle)
        var lines: [BudgetLine] = []
        for (index, part) in (row.raw("lines") ?? "").split(separator: "|").enumerated() {
            guard let separator = part.lastIndex(of: "=") else {
                throw row.fail(
                    "lines", InputError(field: "lines", value: String(part), expected: .oneOf(["CONCEPT=AMOUNT|CONCEPT=AMOUNT"])))
            }
            let concept: String
            let amount: Money
            do {
                concept = try TextLimits.validated(
                    String(part[..<separator]), field: "lines", maximumCharacters: TextLimits.titleCharacters)
                amount = try AmountParser.positiveMoney(
                    String(part[part.index(after: separator)...]), currency: currency, style: numberStyle, field: "lines")
            } catch {
                throw row.fail("lines", error)
            }
            lines.append(BudgetLine(number: index + 1, concept: concept, amount: amount))
        }
        let total = MoneyTotal(summing: lines.map(\.amount), currency: currency)
        guard !lines.isEmpty, total == MoneyTotal(cost) else {
            throw row.fail(
                "lines",
                InputError(
                    field: "lines", value: total.decimalText,
                    expected: .sameCurrency("budget lines adding up to the cost \(cost.decimalText)")))
        }
        var clubs: [PartyID] = []
        for part in (row.raw("clubs") ?? "").split(separator: ";") {
            do { clubs.append(try Identifier(String(part), field: "clubs")) } catch { throw row.fail("clubs", error) }
        }
        guard !clubs.isEmpty else { throw row.fail("clubs", InputError(field: "clubs", value: "", expected: .identifier)) }
        let municipality: PartyID = try row.identifier("municipality")
        return .project(
            Project(
                folio: try row.identifier("folio"),
                title: LocalizedText(
                    spanish: try row.text("title_es", maximumCharacters: TextLimits.titleCharacters),
                    english: try row.text("title_en", maximumCharacters: TextLimits.titleCharacters)),
                description: LocalizedText(
                    spanish: try row.optionalText(
                        "description_es", maximumCharacters: TextLimits.descriptionCharacters, allowsNewlines: true) ?? "",
                    english: try row.optionalText(
                        "description_en", maximumCharacters: TextLimits.descriptionCharacters, allowsNewlines: true) ?? ""),
                kind: kind, municipalityID: municipality, locality: try row.text("locality", maximumCharacters: TextLimits.nameCharacters),
                sponsorClubIDs: clubs, executingAgencyID: try row.optionalIdentifier("executing_agency") ?? municipality,
                approvedCost: cost, budgetLines: lines, proposedOn: try row.eventDate("proposed_on", within: dateBounds)))
    }
}
