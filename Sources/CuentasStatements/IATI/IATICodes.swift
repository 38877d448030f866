/// Every IATI code this program writes, with what it means: the schema does not check code lists, so the exporter
/// takes its codes only from here, and a test checks every exported code against this table.
/// Code lists: https://iatistandard.org/en/iati-standard/203/codelists/ (version 2.03).
public enum IATICodes {
    /// OrganisationRole.
    public static let organisationRole: [String: String] = ["1": "Funding", "4": "Implementing"]
    /// OrganisationType.
    public static let organisationType: [String: String] = [
        "10": "Government", "11": "Local Government", "21": "International NGO",
    ]
    /// ActivityStatus.
    public static let activityStatus: [String: String] = [
        "1": "Pipeline/identification", "2": "Implementation", "3": "Finalisation", "4": "Closed", "5": "Cancelled",
    ]
    /// ActivityDateType.
    public static let activityDateType: [String: String] = [
        "1": "Planned start", "2": "Actual start", "3": "Planned End", "4": "Actual end",
    ]
    /// TransactionType.
    public static let transactionType: [String: String] = ["1": "Incoming Funds", "4": "Expenditure", "11": "Incoming Commitment"]
    /// SectorVocabulary.
    public static let sectorVocabulary: [String: String] = ["1": "OECD DAC CRS Purpose Codes (5 digit)"]
    /// Sector (DAC 5-digit purpose codes) used for the project kinds.
    public static let sector: [String: String] = [
        "43040": "Rural development", "31120": "Agricultural development",
        "32130": "Small and medium-sized enterprises (SME) development", "11320": "Secondary education",
        "16050": "Multisector aid for basic social services", "11120": "Education facilities and training",
    ]
    /// BudgetType and BudgetStatus.
    public static let budgetType: [String: String] = ["1": "Original"]
    public static let budgetStatus: [String: String] = ["2": "Committed"]
    /// DocumentCategory.
    public static let documentCategory: [String: String] = ["A12": "Activity web page"]
    /// Country (ISO 3166-1 alpha-2).
    public static let country: [String: String] = ["MX": "Mexico"]
}
