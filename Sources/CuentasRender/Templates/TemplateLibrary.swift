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
                case nil, .flag(false)?, .nothing?: break
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

    // MARK: Checking names

    /// Every name each template spells (variables and sections, partials not followed), by template name: what a
    /// load-time check compares with the translation tables.
    var spelledNames: [String: [Template.Name]] {
        templates.mapValues { template in
            var names: [Template.Name] = []
            func collect(_ nodes: [Template.Node]) {
                for node in nodes {
                    switch node {
                    case .text, .partial: break
                    case .variable(let name, _): names.append(name)
                    case .section(let name, _, let body):
                        names.append(name)
                        collect(body)
                    }
                }
            }
            collect(template.nodes)
            return names
        }
    }

    /// The names a template reads that `context` does not give: looked up as rendering would, with sections entered
    /// as rendering would enter them, and also a section that is false or an inverted one (their bodies read the same
    /// values). A name given without a value counts as given; inside a list that is empty, or an object that is not
    /// there, nothing can be checked. Each unknown name once, as the template spells it, with the partial it is in.
    func unknownNames(_ name: String, _ context: TemplateValue) -> [String] {
        guard let template = templates[name] else { return ["{{> \(name)}}"] }
        var unknown: [String] = []
        var stack = [context]
        check(template.nodes, in: name, stack: &stack, unknown: &unknown, depth: 0)
        var seen = Set<String>()
        return unknown.filter { seen.insert($0).inserted }
    }

    private func check(_ nodes: [Template.Node], in template: String, stack: inout [TemplateValue], unknown: inout [String], depth: Int) {
        guard depth <= Template.maximumDepth else { return }
        for node in nodes {
            switch node {
            case .text:
                break
            case .variable(let name, _):
                if !Self.isGiven(name, in: stack) { unknown.append("\(template): \(name.spelled)") }
            case .section(let name, let inverted, let body):
                guard Self.isGiven(name, in: stack) else {
                    unknown.append("\(template): \(name.spelled)")
                    continue
                }
                let value = Self.lookUp(name, in: stack)
                switch value {
                case .list(let items)? where !inverted:
                    for item in items {
                        stack.append(item)
                        check(body, in: template, stack: &stack, unknown: &unknown, depth: depth + 1)
                        stack.removeLast()
                    }
                case .text? where !inverted, .object? where !inverted:
                    stack.append(value!)
                    check(body, in: template, stack: &stack, unknown: &unknown, depth: depth + 1)
                    stack.removeLast()
                case .nothing?, nil:
                    // An object or list that is not there: what its body reads inside it cannot be known.
                    if inverted { check(body, in: template, stack: &stack, unknown: &unknown, depth: depth + 1) }
                case .flag?, .list?, .text?, .object?:
                    check(body, in: template, stack: &stack, unknown: &unknown, depth: depth + 1)
                }
            case .partial(let name):
                guard let partial = templates[name] else {
                    unknown.append("\(template): {{> \(name)}}")
                    continue
                }
                check(partial.nodes, in: name, stack: &stack, unknown: &unknown, depth: depth + 1)
            }
        }
    }

    /// Whether some value on the stack gives the name's first part (with a value or without), and each value found
    /// gives the next part.
    static func isGiven(_ name: Template.Name, in stack: [TemplateValue]) -> Bool {
        guard let first = name.parts.first else { return true }
        guard let frame = stack.last(where: { $0.gives(first) }) else { return false }
        var found = frame.child(first)
        for part in name.parts.dropFirst() {
            guard let current = found else { return true }  // nothing there: the rest cannot be checked
            guard current.gives(part) else { return false }
            found = current.child(part)
        }
        return true
    }

    static func isEmpty(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false)?, .nothing?: return true
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
        case .nothing: return ""
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
