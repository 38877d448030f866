/// A value as a template sees it: what `{{name}}` shows and what `{{#name}}` repeats or tests. Built once from the
/// `[String: Any]` a renderer puts together (`init(context:)`), so rendering looks names up in plain dictionaries
/// instead of casting `Any` to protocols for every tag, which was half the time of publishing a site.
enum TemplateValue: Sendable {
    /// Shown escaped by `{{ }}`, as is by `{{{ }}}`; a section over it renders once with it on top of the stack.
    case text(String)
    /// A section over it renders (true) or not (false), on the same stack.
    case flag(Bool)
    /// A section renders once per item, with the item on top of the stack.
    case list([TemplateValue])
    /// Names are looked up in it.
    case object([String: TemplateValue])
    /// A name the renderer gave without a value ("" or nil): rendered as if it were not there (lookup goes on to the
    /// outer values, a section over it does not render), but known, so that `TemplateLibrary.unknownNames` can tell a
    /// field left empty from a name the renderer never gives (a misspelt key).
    case nothing

    /// A renderer's values made displayable: empty texts and nil optionals become `nothing` (so `{{#field}}` shows
    /// nothing for them, as Mustache treats "" as true) and every other text goes through `DisplayableText.html`;
    /// numbers are shown in decimal.
    init?(context value: Any) {
        switch value {
        case let text as String:
            self = .text(DisplayableText.html(text))
        case let flag as Bool:
            self = .flag(flag)
        case let dictionary as [String: Any]:
            var object: [String: TemplateValue] = [:]
            object.reserveCapacity(dictionary.count)
            for (key, item) in dictionary {
                if let text = item as? String, text.isEmpty {
                    object[key] = .nothing
                } else {
                    object[key] = TemplateValue(context: item) ?? .nothing
                }
            }
            self = .object(object)
        case let texts as [String]:
            self = .list(texts.map { .text(DisplayableText.html($0)) })
        case let items as [Any]:
            self = .list(items.compactMap { TemplateValue(context: $0) })
        case let number as any BinaryInteger:
            self = .text("\(number)")
        case let optional as any OptionalValue:
            guard let wrapped = optional.wrappedValue else { return nil }
            self.init(context: wrapped)
        default:
            preconditionFailure("a template value cannot be a \(type(of: value))")
        }
    }

    /// The value under one name, if this is an object that has it with a value.
    func child(_ name: String) -> TemplateValue? {
        guard case .object(let object) = self, let value = object[name], !value.isNothing else { return nil }
        return value
    }

    /// Whether this is an object that gives the name, with a value or without.
    func gives(_ name: String) -> Bool {
        guard case .object(let object) = self else { return false }
        return object[name] != nil
    }

    var isNothing: Bool {
        if case .nothing = self { return true }
        return false
    }
}

/// Optionals boxed in `Any`, so a nil one can be told from a value.
protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? {
        switch self {
        case .some(let value): return value
        case .none: return nil
        }
    }
}
