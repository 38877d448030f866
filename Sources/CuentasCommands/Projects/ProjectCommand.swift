import ArgumentParser

struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "Projects and their life: proposed, approved, in execution, completed, closed.",
        subcommands: [
            ProjectAddCommand.self, ProjectApproveCommand.self, ProjectRejectCommand.self, ProjectStartCommand.self,
            ProjectCompleteCommand.self, ProjectCloseCommand.self, ProjectCancelCommand.self, ProjectListCommand.self,
            ProjectAcceptSponsorCommand.self, ProjectCorrectCommand.self, ProjectReprogramCommand.self,
        ])
}
