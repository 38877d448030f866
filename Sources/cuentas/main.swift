import CuentasCommands

await CuentasCommand.runMain()
