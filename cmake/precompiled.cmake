# Precompiled headers: the Qt and standard headers nearly every source of a layer includes are parsed
# once per library instead of once per source file (`pacte_precompile(target LAYER)`). Each layer adds
# the headers of its own Qt module. The test suites are compiled in batches instead (tests/CMakeLists.txt).
set(PACTE_PCH_CORE <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QSet> <QString> <QStringList>
    <QUuid> <QVariant> <algorithm> <functional> <memory> <optional> <vector>)
set(PACTE_PCH_STORAGE ${PACTE_PCH_CORE} <QDir> <QFile> <QFileInfo> <QSqlDatabase> <QSqlError> <QSqlQuery>)
set(PACTE_PCH_EXCHANGE ${PACTE_PCH_STORAGE} <QJsonArray> <QJsonDocument> <QJsonObject> <nlohmann/json.hpp>)
set(PACTE_PCH_REPORTS ${PACTE_PCH_STORAGE} <QPainter> <QTextCursor> <QTextDocument> <QTextTable>)
set(PACTE_PCH_APP ${PACTE_PCH_STORAGE} <QAction> <QApplication> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QMessageBox> <QPlainTextEdit> <QPushButton> <QSettings> <QTableView> <QTimer> <QVBoxLayout>)

function(pacte_precompile target layer)
    target_precompile_headers(${target} PRIVATE ${PACTE_PCH_${layer}})
endfunction()
