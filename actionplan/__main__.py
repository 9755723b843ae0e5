from actionplan.cli import main

main()
