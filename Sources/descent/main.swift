import DescentCLI

DescentCommand.main()
