import CuentasCommands

CuentasCommand.runMain()
