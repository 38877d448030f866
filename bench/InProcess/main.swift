// In-process timings for `make bench`: what a long-running program (the web app) pays to record one donation on a
// ledger, without the process start and the opening of the file.
//
//   cuentas-bench LEDGER CLUB [RUNS]
//
// Opens LEDGER once, records RUNS donations of USD 1.00 to CLUB's fund one at a time (each its own transaction, as a
// form does), and prints each one's milliseconds and their median. Changes LEDGER: run it on a copy.
import CuentasCore
import CuentasStore
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3, let store = try? LedgerStore.open(path: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: cuentas-bench LEDGER CLUB [RUNS]\n".utf8))
    exit(2)
}
let club = PartyID(trusted: arguments[2])
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
let date = try CalendarDate(parsing: "2025-03-01", field: "date")
var milliseconds: [Double] = []
for run in 0..<runs {
    let draft = MovementDraft(
        occurredOn: date, recordedBy: "bench", note: "",
        body: .donation(Donation(clubID: club, amount: Money(minorUnits: 1_00, currency: .usDollar), source: .event("Kermés \(run)"))))
    let clock = ContinuousClock()
    let started = clock.now
    _ = try store.record(draft)
    let elapsed = clock.now - started
    milliseconds.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
}
let sorted = milliseconds.sorted()
print("each: " + milliseconds.map { String(format: "%.2f", $0) }.joined(separator: " "))
print(String(format: "median %.2f ms over %d recordings", sorted[sorted.count / 2], runs))
