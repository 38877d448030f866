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

    /// A renderer's values made displayable: empty texts are left out (so `{{#field}}` shows nothing for them, as
    /// Mustache treats "" as true) and every other text goes through `DisplayableText.html`; numbers are shown in
    /// decimal. A nil optional is left out.
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
                if let text = item as? String, text.isEmpty { continue }
                if let converted = TemplateValue(context: item) { object[key] = converted }
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

    /// The value under one name, if this is an object that has it.
    func child(_ name: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object[name]
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
