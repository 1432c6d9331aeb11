; Inno Setup script: the Windows installer around the one-folder bundle that packaging\warrantydesk.spec builds.
; Needs Inno Setup 6.5 or newer (it ships the Simplified Chinese messages as Languages\ChineseSimplified.isl).
; From the repository root, after the bundle is built into dist\warrantydesk (see packaging\README.md):
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\warrantydesk.iss
; writes dist\WarrantyDesk-<version>-setup.exe. The version is read from the built warrantydesk.exe (which the
; spec stamps with pyproject's version); /DAppVersion=1.2.3 on the ISCC command line overrides it.
;
; The installer installs for the current user without administrator rights by default, or for all users
; (Program Files) when chosen in its first dialog or with /ALLUSERS. The database, backups, logs and settings
; live in each user's own folders (%LOCALAPPDATA%\WarrantyDesk, the registry under HKCU\Software\WarrantyDesk),
; never under {app}: the uninstaller removes the program and leaves all of them as they are.

#define AppName "WarrantyDesk"
#define AppPublisher "WarrantyDesk"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\warrantydesk"
#define MainExe "warrantydesk.exe"
#define ConsoleExe "warrantydesk-cli.exe"

#if !FileExists(BundleDir + "\" + MainExe)
  #error The bundle dist\warrantydesk is missing: build it first with PyInstaller (see packaging\README.md)
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(BundleDir + "\" + MainExe)
#endif
#if !FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #error This Inno Setup has no Languages\ChineseSimplified.isl: use Inno Setup 6.5 or newer
#endif

[Setup]
; Keep AppId for good: it is how a newer installer finds and upgrades an installed WarrantyDesk.
AppId={{6F0C2C1E-4B7A-4E59-9C3B-8D2A7E5F1A93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}
; The numeric a.b.c.d form the spec writes into the executable (AppVersion may carry text, e.g. 1.0rc1).
VersionInfoVersion={#GetVersionNumbersString(BundleDir + "\" + MainExe)}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; The bundle is a 64-bit Python and Qt; Qt 6 needs Windows 10 1809 or newer.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#BundleDir}\..
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#BundleDir}\_internal\resources\icons\warrantydesk.ico
UninstallDisplayIcon={app}\{#MainExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; A running WarrantyDesk is asked to close before its files are replaced or removed.
CloseApplications=yes
RestartApplications=no
LanguageDetectionMethod=uilanguage
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.AppTitle=WarrantyDesk
chinesesimplified.AppTitle=WarrantyDesk 三包服务站
english.AppComment=Warranty service desk: registration cards, service log, repair records, old parts and claims
chinesesimplified.AppComment=三包服务站：三包回执卡、售后服务登记、三包维修记录、旧件和索赔
english.ConsoleTitle=WarrantyDesk command line
chinesesimplified.ConsoleTitle=WarrantyDesk 命令行

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: both executables and _internal\ (Python, Qt, resources, migrations).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#MainExe}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:ConsoleTitle}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#ConsoleExe}"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\{#MainExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#MainExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MainExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade replaces the bundle whole: files a newer build no longer ships (old libraries, removed
; migrations or resources) must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"
