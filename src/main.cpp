// cli: the deckpress executable; parses the command line into a job and runs it.
#include "cli/cli.hpp"

int main(int argc, char** argv) { return deckpress::cli::run(argc, argv); }
