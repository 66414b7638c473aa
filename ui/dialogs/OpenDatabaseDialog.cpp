#include "ui/dialogs/OpenDatabaseDialog.h"

#include "core/store/DatabaseLocation.h"
#include "core/store/StoreFile.h"
#include "ui/dialogs/ErrorLabel.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/dialogs/MonitorInput.h"
#include "ui/window/StatusStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// The path of a file, absolute and with its links followed when it exists.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

ErrorLabel *messageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new ErrorLabel(parent);
    label->setObjectName(objectName);
    label->setReservedLines(1);
    return label;
}

} // namespace

OpenDatabaseDialog::OpenDatabaseDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_fileRadio(new QRadioButton(tr("A &file on this computer"), this))
    , m_serverRadio(new QRadioButton(tr("A &PostgreSQL server"), this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_urlEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_rememberCheck(new QCheckBox(tr("&Remember the password in the keychain"), this))
    , m_urlHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    m_openButton = m_buttons->button(QDialogButtonBox::Open);
    setWindowTitle(tr("Open database"));
    m_fileRadio->setObjectName(QStringLiteral("fileRadio"));
    m_serverRadio->setObjectName(QStringLiteral("serverRadio"));
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_rememberCheck->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_urlHint->setObjectName(QStringLiteral("urlHint"));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto *intro = new QLabel(tr("Upwatch restarts on the database you open. The results of "
                                "this one are saved first."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);

    auto *choice = new QButtonGroup(this);
    choice->addButton(m_fileRadio);
    choice->addButton(m_serverRadio);

    m_pathEdit->setAccessibleName(tr("Database file"));
    m_pathEdit->setPlaceholderText(tr("Where the database file is, or is to be created"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setMinimumWidth(m_pathEdit->fontMetrics().averageCharWidth() * 56);
    m_browseButton->setAccessibleDescription(tr("Choose the database file"));
    m_browseButton->setAutoDefault(false);
    m_pathMessage = messageLabel(this, QStringLiteral("pathMessage"));

    m_urlEdit->setAccessibleName(tr("PostgreSQL URL"));
    m_urlEdit->setPlaceholderText(
        QStringLiteral("postgresql://upwatch@db.example.com:5432/upwatch"));
    m_urlEdit->setClearButtonEnabled(true);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_passwordEdit);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("PostgreSQL password"));
    m_passwordEdit->setPlaceholderText(tr("The one stored in the keychain, if any"));
    m_rememberCheck->setChecked(true);
    m_rememberCheck->setToolTip(tr("Keep the password in the OS keychain, under the URL without "
                                   "its options: Upwatch then opens this database with it, from "
                                   "the window and from the command line."));
    m_urlHint->setText(tr("Without a password here, the one stored in the keychain is used, "
                          "else ~/.pgpass or PGPASSWORD. It never goes into the URL."));
    m_urlHint->setWordWrap(true);
    m_urlHint->setForegroundRole(QPalette::PlaceholderText); // muted, as a hint
    ErrorLabel *urlMessage = messageLabel(this, QStringLiteral("urlMessage"));
    urlMessage->setReservedLines(2); // the URL's sentences are long; the dialog stays put
    m_urlMessage = urlMessage;

    m_openButton->setDefault(true);

    // The fields sit under their choice, indented as far as the choice's text.
    const int indent =
        style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, m_fileRadio) +
        style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, m_fileRadio);
    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, indent);
    grid->setColumnStretch(1, 1);
    int row = 0;
    grid->addWidget(m_fileRadio, row++, 0, 1, 3);
    grid->addWidget(m_pathEdit, row, 1);
    grid->addWidget(m_browseButton, row++, 2);
    grid->addWidget(m_pathMessage, row++, 1, 1, 2);
    grid->addWidget(m_serverRadio, row++, 0, 1, 3);
    grid->addWidget(m_urlEdit, row++, 1, 1, 2);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(passwordLabel);
    passwordRow->addWidget(m_passwordEdit, 1);
    grid->addLayout(passwordRow, row++, 1, 1, 2);
    grid->addWidget(m_rememberCheck, row++, 1, 1, 2);
    grid->addWidget(m_urlHint, row++, 1, 1, 2);
    grid->addWidget(m_urlMessage, row++, 1, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(layout->spacing());
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Tab goes down the dialog as it reads (the focus chain would follow creation).
    setTabOrder(m_fileRadio, m_pathEdit);
    setTabOrder(m_pathEdit, m_browseButton);
    setTabOrder(m_browseButton, m_serverRadio);
    setTabOrder(m_serverRadio, m_urlEdit);
    setTabOrder(m_urlEdit, m_passwordEdit);
    setTabOrder(m_passwordEdit, m_rememberCheck);
    setTabOrder(m_rememberCheck, m_buttons);

    // What is open now, in its field; the other field starts empty.
    if (DatabaseLocation::isPostgresUrl(current)) {
        m_serverRadio->setChecked(true);
        m_urlEdit->setText(current.trimmed());
    }
    else {
        m_fileRadio->setChecked(true);
        if (!current.isEmpty())
            m_pathEdit->setText(QDir::toNativeSeparators(canonical(current)));
    }
    QLineEdit *focused = m_serverRadio->isChecked() ? m_urlEdit : m_pathEdit;
    focused->setFocus();
    focused->selectAll();

    connect(m_fileRadio, &QRadioButton::toggled, this, &OpenDatabaseDialog::updateState);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &OpenDatabaseDialog::updateState);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &OpenDatabaseDialog::updateState);
    connect(m_passwordEdit, &QLineEdit::textChanged, this, &OpenDatabaseDialog::updateState);
    connect(m_browseButton, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    // A choice made by clicking or with the arrow keys goes on to its field.
    connect(choice, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *button) {
        QLineEdit *edit = button == m_serverRadio ? m_urlEdit : m_pathEdit;
        edit->setFocus();
        edit->selectAll();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString OpenDatabaseDialog::location() const
{
    if (m_serverRadio->isChecked())
        return m_urlEdit->text().trimmed();
    const QString path = enteredPath();
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QByteArray OpenDatabaseDialog::password() const
{
    return m_serverRadio->isChecked() ? m_passwordEdit->text().toUtf8() : QByteArray();
}

bool OpenDatabaseDialog::rememberPassword() const
{
    return !password().isEmpty() && m_rememberCheck->isChecked();
}

bool OpenDatabaseDialog::isSameDatabase(const QString &a, const QString &b)
{
    const bool aIsUrl = DatabaseLocation::isPostgresUrl(a);
    if (aIsUrl != DatabaseLocation::isPostgresUrl(b))
        return false;
    if (aIsUrl)
        return a.trimmed() == b.trimmed();
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    return canonical(a) == canonical(b);
}

QString OpenDatabaseDialog::enteredPath() const
{
    QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (path == u"~" || path.startsWith(u"~/"))
        path.replace(0, 1, QDir::homePath());
    return path;
}

QString OpenDatabaseDialog::problem() const
{
    return m_serverRadio->isChecked() ? urlProblem() : fileProblem();
}

QString OpenDatabaseDialog::fileProblem() const
{
    const QString path = enteredPath();
    if (path.isEmpty())
        return tr("Enter the database file's path, or choose one with Browse….");
    if (DatabaseLocation::isPostgresUrl(path))
        return tr("This is the URL of a PostgreSQL database: choose “A PostgreSQL server” to "
                  "open it.");
    const QFileInfo info(path);
    if (info.isRelative())
        return tr("Enter the full path of the file, or choose one with Browse….");
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return tr("%1 is a folder. Enter the name of a database file in it.").arg(shown);
    if (!info.absoluteDir().exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    if (!info.exists()) {
        if (!QFileInfo(info.absolutePath()).isWritable())
            return tr("A new database cannot be created in %1: you may not write there.")
                .arg(QDir::toNativeSeparators(info.absolutePath()));
        return {};
    }
    if (!info.isWritable())
        return tr("Upwatch cannot write to %1: you may only read it.").arg(shown);
    QByteArray header;
    QString why;
    if (!StoreFile::readHeader(path, &header, &why))
        return tr("%1 cannot be opened: %2.").arg(shown, why);
    switch (StoreFile::classify(header)) {
    case StoreFile::Kind::NotADatabase:
        return tr("%1 is not a database file.").arg(shown);
    case StoreFile::Kind::Foreign:
        return tr("%1 is an SQLite database of another program.").arg(shown);
    case StoreFile::Kind::Empty:
    case StoreFile::Kind::Upwatch:
    case StoreFile::Kind::Unknown: // read further only when it is opened
        break;
    }
    return {};
}

QString OpenDatabaseDialog::urlProblem() const
{
    const QString url = m_urlEdit->text().trimmed();
    if (url.isEmpty())
        return tr("Enter the URL of the PostgreSQL database.");
    if (!DatabaseLocation::isPostgresUrl(url))
        return tr("A PostgreSQL URL starts with postgresql:// (or postgres://), such as %1.")
            .arg(m_urlEdit->placeholderText());
    QString error;
    if (!DatabaseLocation::parse(url, &error))
        return MonitorInput::sentence(error);
    return {};
}

QString OpenDatabaseDialog::note() const
{
    if (isSameDatabase(location(), m_current))
        return password().isEmpty()
                   ? tr("This database is open now.")
                   : tr("This database is open now: Upwatch opens it again with this password.");
    if (m_fileRadio->isChecked() && QFileInfo(enteredPath()).size() == 0)
        return tr("There is no database there yet: Upwatch creates a new, empty one.");
    return {};
}

void OpenDatabaseDialog::showMessage(QLabel *label, const QString &text, bool isProblem)
{
    FormWidgets::showError(label, text);
    FormWidgets::setTextColor(label, isProblem ? StatusStyle::color(MonitorState::Down) : QColor());
}

void OpenDatabaseDialog::updateState()
{
    const bool file = m_fileRadio->isChecked();
    m_pathEdit->setEnabled(file);
    m_browseButton->setEnabled(file);
    m_urlEdit->setEnabled(!file);
    m_passwordEdit->setEnabled(!file);
    m_rememberCheck->setEnabled(!file && !m_passwordEdit->text().isEmpty());
    m_urlHint->setEnabled(!file);

    const QString why = problem();
    const QString said = why.isEmpty() ? note() : why;
    QLabel *shown = file ? m_pathMessage : m_urlMessage;
    QLabel *other = file ? m_urlMessage : m_pathMessage;
    showMessage(shown, said, !why.isEmpty());
    showMessage(other, {}, false);
    // A screen reader says why with the field.
    m_pathEdit->setAccessibleDescription(file ? said : QString());
    m_urlEdit->setAccessibleDescription(file ? QString() : said);
    m_openButton->setEnabled(why.isEmpty());
    if (isVisible())
        growToFit();
}

void OpenDatabaseDialog::growToFit()
{
    // A window's minimum size does not follow the height its word-wrapped labels need at its
    // width: a message longer than the lines kept for it would be cut off at the buttons.
    QLayout *box = layout();
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void OpenDatabaseDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Open database"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    // A name that does not exist yet is a new database.
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("Upwatch databases (*.sqlite)"), tr("All files (*)")});
    const QFileInfo entered(enteredPath());
    if (!entered.filePath().isEmpty() && entered.isAbsolute() && entered.dir().exists()) {
        dialog->setDirectory(entered.absolutePath());
        if (!entered.isDir())
            dialog->selectFile(entered.fileName());
    }
    else {
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        dialog->setDirectory(QFileInfo(documents).isDir() ? documents : QDir::homePath());
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_fileRadio->setChecked(true);
        m_pathEdit->setText(QDir::toNativeSeparators(path));
        m_pathEdit->setFocus();
    });
    dialog->open();
}
