// cli: the deckpress executable; parses the command line into a job and runs it.
#include "cli/cli.hpp"
#include "core/atomic_file.hpp"

int main(int argc, char** argv) {
    deckpress::remove_temporaries_on_interrupt();  // Ctrl-C leaves no half-written temporary file
    return deckpress::cli::run(argc, argv);
}
