/// The canonical text of one recording (the movements one write added, and when): the line `cuentas-recording-1`, then
/// `first=`, `last=`, `recordedAt=` and `lastHash=` (the hash of its last movement), each ended by a line feed. Its
/// hash chains it to the recording before, like the movements' and the catalogue's seals. Version 1 is never changed.
public enum RecordingEncoding {
    public static func hash(first: Int64, last: Int64, recordedAt: String, lastMovementHash: String, previousHash: String) -> String {
        var text: [UInt8] = Array(previousHash.utf8) + [0x0A] + Array("cuentas-recording-1\n".utf8)
        text += Array("first=\(first)\nlast=\(last)\nrecordedAt=".utf8)
        MovementEncoding.appendEscaped(recordedAt, to: &text)
        text += Array("\nlastHash=\(lastMovementHash)\n".utf8)
        return HashChain.sha256(text)
    }
}
