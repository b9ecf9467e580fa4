#pragma once

#include "commandline.h"

#include <QDate>
#include <QString>

namespace pacte::commandline {

// The manual page (roff, man(7) macros) of `program` in the language installed on the application,
// for Pacte `version` released on `date`.
QString manPage(const Program& program, const QString& version, QDate date);

// The bash completion of pacte-cli: `script` (resources/completion/pacte-cli.bash.in) with its line
// "@GENERATED@" replaced by the commands, options and value kinds of `program`.
QString bashCompletion(const Program& program, const QString& script);

} // namespace pacte::commandline
