/// Named templates, rendered against a stack of values the way Mustache looks names up: a name is looked for from the
/// innermost value out; in a dotted name the first part is looked for that way and the rest only inside what it found.
struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    mutating func register(_ source: String, named name: String) throws(Template.ParseError) {
        templates[name] = try Template(parsing: source)
    }

    /// The template rendered with `context` as the only value on the stack; nil when there is no such template.
    func render(_ name: String, _ context: TemplateValue) -> String? {
        guard let template = templates[name] else { return nil }
        var output = ""
        output.reserveCapacity(16 * 1024)
        var stack = [context]
        render(template.nodes, stack: &stack, into: &output, depth: 0)
        return output
    }

    private func render(_ nodes: [Template.Node], stack: inout [TemplateValue], into output: inout String, depth: Int) {
        // Partials can name each other; templates are ours, so a loop is a programmer's error.
        precondition(depth <= Template.maximumDepth, "partials nested too deep")
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .variable(let name, let escaped):
                guard let value = Self.lookUp(name, in: stack) else { continue }
                let shown = Self.shown(value)
                if escaped { Self.appendEscaped(shown, to: &output) } else { output += shown }
            case .section(let name, let inverted, let body):
                let value = Self.lookUp(name, in: stack)
                if inverted {
                    if Self.isEmpty(value) { render(body, stack: &stack, into: &output, depth: depth + 1) }
                    continue
                }
                switch value {
                case nil, .flag(false)?: break
                case .flag(true)?: render(body, stack: &stack, into: &output, depth: depth + 1)
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        render(body, stack: &stack, into: &output, depth: depth + 1)
                        stack.removeLast()
                    }
                case .text?, .object?:
                    stack.append(value!)
                    render(body, stack: &stack, into: &output, depth: depth + 1)
                    stack.removeLast()
                }
            case .partial(let name):
                guard let template = templates[name] else { continue }
                render(template.nodes, stack: &stack, into: &output, depth: depth + 1)
            }
        }
    }

    static func isEmpty(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false)?: return true
        case .list(let items)?: return items.isEmpty
        case .flag(true)?, .text?, .object?: return false
        }
    }

    static func lookUp(_ name: Template.Name, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var found: TemplateValue?
        for value in stack.reversed() {
            if let child = value.child(first) {
                found = child
                break
            }
        }
        guard var found else { return nil }
        for part in name.parts.dropFirst() {
            guard let next = found.child(part) else { return nil }
            found = next
        }
        return found
    }

    /// What `{{ }}` shows for a value (lists and objects are never shown by the program's templates).
    static func shown(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): return text
        case .flag(let flag): return flag ? "true" : "false"
        case .list, .object: preconditionFailure("a list or object shown as text")
        }
    }

    /// HTML escaping as Mustache does it: `<`, `>`, `&`, `"` and `'` when each is a character of its own (the
    /// escaper works on characters; `DisplayableText` keeps a combining mark from joining one to a markup character).
    static func appendEscaped(_ text: String, to output: inout String) {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            output += text
            return
        }
        for character in text {
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
    }
}
