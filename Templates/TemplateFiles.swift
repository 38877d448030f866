import Foundation

/// Where the report templates, translation tables and the XML schema are, inside the built package.
public enum TemplateFiles {
    public static var folder: URL { Bundle.module.resourceURL!.appendingPathComponent("Files") }
}
