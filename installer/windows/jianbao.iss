; Inno Setup 6 script: installer\out\jianbao-<version>-setup.exe from the PyInstaller folder installer\out\dist\jianbao.
; Built on Windows by installer\windows\build-windows.ps1 (which passes /DAppVersion=...); see installer\README.md.
; Same behaviour as the .deb: the app in one folder, a Start-menu entry 简报编辑 with its icon, `jianbao` on PATH,
; a clean uninstall, and the editor's store (%LOCALAPPDATA%\Jianbao) never touched by setup or uninstall.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 installer\windows\jianbao.iss
#endif
#define Dist "..\out\dist\jianbao"
#define Icons "..\..\app\jianbao\resources\icons"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F1C8E2B-4D7A-4B7E-9C2F-1A5B3E8D9F40}
AppName=简报编辑 Jianbao
AppVersion={#AppVersion}
AppVerName=简报编辑 Jianbao {#AppVersion}
AppPublisher=Jianbao
VersionInfoVersion={#AppVersion}
VersionInfoDescription=简报编辑 Jianbao 安装程序
; Office PCs often give editors no administrator rights: install for the current user by default
; (into %LOCALAPPDATA%\Programs\Jianbao), or for all users (Program Files) when run as administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\Jianbao
DefaultGroupName=简报编辑
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#Icons}\jianbao.ico
UninstallDisplayIcon={app}\jianbaow.exe
UninstallDisplayName=简报编辑 Jianbao
OutputDir=..\out
OutputBaseFilename=jianbao-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; `jianbao` is added to PATH: tell running programs the environment changed.
ChangesEnvironment=yes
; An open Jianbao is asked to close before its files are replaced.
CloseApplications=yes

[Languages]
; ChineseSimplified.isl ships with recent Inno Setup releases; with an older one, put the translation file
; into Inno Setup's Languages folder first (see installer\README.md).
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle: jianbaow.exe (windowed, for shortcuts), jianbao.exe (console: the command
; line and `jianbao --self-test`) and their shared _internal folder.
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\简报编辑"; Filename: "{app}\jianbaow.exe"; Comment: "导入、拆分、编辑、校对、组期、导出政务信息简报"
Name: "{autodesktop}\简报编辑"; Filename: "{app}\jianbaow.exe"; Tasks: desktopicon

[Registry]
; Win+R "jianbao" finds the app even before a new console picks up PATH.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\jianbao.exe"; ValueType: string; \
  ValueName: ""; ValueData: "{app}\jianbao.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\jianbaow.exe"; Description: "{cm:LaunchProgram,简报编辑}"; Flags: nowait postinstall skipifsilent

[Code]
{ `jianbao` on PATH: the user's PATH for a per-user install, the system's for an all-users one. }
const
  SystemEnvKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function EnvRoot: Integer;
begin
  if IsAdminInstallMode then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

function EnvKey: String;
begin
  if IsAdminInstallMode then Result := SystemEnvKey else Result := 'Environment';
end;

procedure AddToPath(Dir: String);
var
  Paths: String;
begin
  if not RegQueryStringValue(EnvRoot, EnvKey, 'Path', Paths) then Paths := '';
  if Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') > 0 then Exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then Paths := Paths + ';';
  RegWriteExpandStringValue(EnvRoot, EnvKey, 'Path', Paths + Dir);
end;

procedure RemoveFromPath(Dir: String);
var
  Paths: String;
  P: Integer;
begin
  if not RegQueryStringValue(EnvRoot, EnvKey, 'Path', Paths) then Exit;
  Paths := ';' + Paths + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Paths));
  if P = 0 then Exit;
  Delete(Paths, P, Length(Dir) + 1);
  RegWriteExpandStringValue(EnvRoot, EnvKey, 'Path', Copy(Paths, 2, Length(Paths) - 2));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then AddToPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then RemoveFromPath(ExpandConstant('{app}'));
end;
