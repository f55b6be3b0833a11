// cli: the table of commands (add one line per new cmd_<name>.cpp).
#include "cli/command.hpp"

namespace deckpress::cli {

const std::vector<Command>& command_table() {
    static const std::vector<Command> table = {
        all_command(),
        check_command(),
        list_command(),
        import_command(),
        reader_command(),
        cards_command(),
        cheatsheet_command(),
        exam_command(),
        watch_command(),
    };
    return table;
}

const Command& default_command() { return command_table().front(); }

}  // namespace deckpress::cli
