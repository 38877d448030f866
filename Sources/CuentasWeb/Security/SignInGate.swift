import CuentasCore

/// What checking a password needs: the hasher, the hash checked when the name does not exist, the throttle of wrong
/// attempts (by name and by address), and the gate that runs bcrypt one at a time off the request threads.
struct SignInGate: Sendable {
    let hasher: PasswordHasher
    /// Checked against when the name does not exist, so that a wrong name takes as long as a wrong password and the
    /// answer's timing does not tell which names exist.
    let unknownUserHash: String
    let throttle = LoginThrottle()
    let passwords = PasswordGate()

    init(bcryptCost: UInt8) {
        hasher = PasswordHasher(cost: bcryptCost)
        unknownUserHash = hasher.hash(RandomToken.make())
    }
}
