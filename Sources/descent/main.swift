import DescentCLI

await DescentCommand.main()
