import CuentasRender
import Hummingbird

/// One page of the web app as values: headings, figures, links, tables and forms. `PageResponder.respond` renders it
/// with the `app-page` template; every value is escaped there.
struct AppPage {
    var title: String
    var heading: String
    var status: HTTPResponse.Status = .ok
    var notice: String?
    var warning: String?
    var intro: [String] = []
    var figures: [(label: String, value: String)] = []
    var actions: [(href: String, label: String)] = []
    var tables: [AppTable] = []
    var forms: [AppForm] = []
    var links: [(href: String, label: String)] = []
    /// A donation's receipt (`receipt-body`'s values), its public page's address and the QR code of it (SVG made by
    /// the renderer).
    var receipt: ReceiptBody?
    var receiptAddress: String?
    var receiptQR: String?

    init(title: String, heading: String? = nil) {
        self.title = title
        self.heading = heading ?? title
    }

    var values: [String: Any] {
        [
            "heading": heading,
            "intro": intro,
            "hasFigures": !figures.isEmpty,
            "figures": figures.map { ["figureLabel": $0.label, "figureValue": $0.value] },
            "hasActions": !actions.isEmpty,
            "actions": actions.map { ["actionHref": $0.href, "actionLabel": $0.label] },
            "tables": tables.map(\.values),
            "forms": forms.map(\.values),
            "hasLinks": !links.isEmpty,
            "links": links.map { ["linkHref": $0.href, "linkLabel": $0.label] },
            "receipt": receipt?.context as Any, "receiptAddress": receiptAddress as Any, "receiptQR": receiptQR as Any,
            "notice": notice as Any, "warning": warning as Any,
        ]
    }
}

/// A table of a page.
struct AppTable {
    struct Cell {
        let text: String
        var href: String? = nil
    }

    struct Row {
        var cells: [Cell]
        var invalid = false
    }

    var caption: String
    var headers: [String]
    var rows: [Row]
    /// Shown instead of the table when it has no rows.
    var emptyText: String?

    var values: [String: Any] {
        [
            "caption": caption, "headers": headers, "hasRows": !rows.isEmpty,
            "rows": rows.map { row -> [String: Any] in
                [
                    "rowInvalid": row.invalid,
                    "cells": row.cells.map { cell -> [String: Any] in
                        ["cellText": cell.text, "cellHref": cell.href as Any]
                    },
                ]
            },
            "emptyText": rows.isEmpty ? emptyText as Any : "",
        ]
    }
}

/// A form of a page. The anti-forgery token is added by the layout's context, never by hand.
struct AppForm {
    var heading: String?
    var action: String
    var multipart = false
    var hidden: [(name: String, value: String)] = []
    var fields: [FormField] = []
    var submitLabel: String
    /// A second button that shows the form again in the other language, keeping what was typed.
    var languageSwitch = false
    /// Problems listed above the form, each linking to its field when it has one.
    var errors: [(field: String?, label: String, message: String)] = []

    var values: [String: Any] {
        [
            "formHeading": heading as Any, "formAction": action, "formMultipart": multipart, "submitLabel": submitLabel,
            "languageSwitch": languageSwitch,
            "languageSwitchField": LanguageChoice.switchField,
            "hiddenFields": hidden.map { ["hiddenName": $0.name, "hiddenValue": $0.value] },
            "fields": fields.map(\.values),
            "hasErrors": !errors.isEmpty,
            "errorSummary": errors.map { error -> [String: Any] in
                ["errorLabel": error.label, "errorMessage": error.message, "errorField": error.field as Any]
            },
        ]
    }
}

/// One field of a form, with the value entered (kept when the form comes back with errors) and its error.
struct FormField {
    enum Kind {
        case text, date, amount, number, password, file, textArea
        case select([(value: String, label: String)])
        /// One checkbox per choice, each its own field (`name`: "yes" when ticked), in a fieldset named by the label.
        case checkboxes([(name: String, label: String, checked: Bool)])
    }

    var name: String
    var label: String
    var kind: Kind = .text
    var value: String = ""
    var hint: String?
    var error: String?
    var required = false
    var autocomplete: String?

    var values: [String: Any] {
        var values: [String: Any] = [
            "fieldName": name, "fieldLabel": label, "fieldValue": value, "fieldRequired": required,
            "isSelect": false, "isTextArea": false, "isInput": false, "isCheckboxes": false,
            "fieldHint": hint as Any, "fieldError": error as Any, "fieldAutocomplete": autocomplete as Any,
            "fieldOptions": [Any](), "fieldType": "", "fieldInputMode": "",
        ]
        switch kind {
        case .select(let options):
            values["isSelect"] = true
            values["fieldOptions"] = options.map { option -> [String: Any] in
                ["optionValue": option.value, "optionLabel": option.label, "optionSelected": option.value == value]
            }
        case .checkboxes(let choices):
            values["isCheckboxes"] = true
            values["fieldOptions"] = choices.map { choice -> [String: Any] in
                ["optionValue": choice.name, "optionLabel": choice.label, "optionSelected": choice.checked]
            }
        case .textArea:
            values["isTextArea"] = true
        case .text, .date, .amount, .number, .password, .file:
            values["isInput"] = true
            values["fieldType"] = inputType
            if case .amount = kind { values["fieldInputMode"] = "decimal" }
            if case .number = kind { values["fieldInputMode"] = "numeric" }
        }
        return values
    }

    private var inputType: String {
        switch kind {
        case .date: return "date"
        case .password: return "password"
        case .file: return "file"
        default: return "text"
        }
    }
}
