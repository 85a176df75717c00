; The Assessa installer for Windows (NSIS 3). scripts/windows runs:
;   makensis -DVERSION=x.y.z -DDIST=<program folder> -DOUTFILE=<setup.exe> assessa.nsi
; Per-user install by default (no administrator rights); all users when chosen (/AllUsers on
; the command line). Silent install: /S; silent uninstall: uninstall.exe /S.

; A 64-bit installer for the 64-bit program (NSIS's amd64 stubs): it also runs under wine64,
; which has no 32-bit side.
Target amd64-unicode
SetCompressor /SOLID lzma
!include "MUI2.nsh"
!include "LogicLib.nsh"

!define APP "Assessa"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Assessa"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_USE_PROGRAMFILES64
!include "MultiUser.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "${DIST}\assessa.ico"
!define MUI_UNICON "${DIST}\assessa.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\assessa.exe"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
; NSIS's Lithuanian file has no text for the "for me / for all users" page: a string defined
; before the language is loaded is taken instead of the English fallback (LangFile.nsh).
!define MULTIUSER_TEXT_INSTALLMODE_TITLE "Pasirinkite naudotojus"
!define MULTIUSER_TEXT_INSTALLMODE_SUBTITLE "Pasirinkite, kuriems naudotojams įdiegti $(^NameDA)."
!define MULTIUSER_INNERTEXT_INSTALLMODE_TOP "Pasirinkite, ar įdiegti $(^NameDA) tik sau, ar visiems šio kompiuterio naudotojams. $(^ClickNext)"
!define MULTIUSER_INNERTEXT_INSTALLMODE_ALLUSERS "Įdiegti &visiems šio kompiuterio naudotojams"
!define MULTIUSER_INNERTEXT_INSTALLMODE_CURRENTUSER "Įdiegti tik &man"
!insertmacro MUI_LANGUAGE "Lithuanian"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString ProjectType ${LANG_ENGLISH} "Assessa self-assessment project"
LangString ProjectType ${LANG_LITHUANIAN} "Assessa įsivertinimo projektas"
LangString ProjectType ${LANG_SIMPCHINESE} "Assessa 自我评估项目"
LangString PacketType ${LANG_ENGLISH} "Assessa assessment packet"
LangString PacketType ${LANG_LITHUANIAN} "Assessa vertinimo paketas"
LangString PacketType ${LANG_SIMPCHINESE} "Assessa 评估包"

!macro Associate EXT CLASS DESCRIPTION
  WriteRegStr SHCTX "Software\Classes\${EXT}" "" "${CLASS}"
  WriteRegStr SHCTX "Software\Classes\${CLASS}" "" "${DESCRIPTION}"
  WriteRegStr SHCTX "Software\Classes\${CLASS}\DefaultIcon" "" "$INSTDIR\assessa.exe,0"
  WriteRegStr SHCTX "Software\Classes\${CLASS}\shell\open\command" "" '"$INSTDIR\assessa.exe" "%1"'
!macroend

!macro Unassociate EXT CLASS
  ReadRegStr $0 SHCTX "Software\Classes\${EXT}" ""
  ${If} $0 == "${CLASS}"
    DeleteRegKey SHCTX "Software\Classes\${EXT}"
  ${EndIf}
  DeleteRegKey SHCTX "Software\Classes\${CLASS}"
!macroend

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Assessa"
  SetOutPath "$INSTDIR"
  File /r "${DIST}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\assessa.exe" "" "$INSTDIR\assessa.exe" 0
  !insertmacro Associate ".assessa" "Assessa.Project" "$(ProjectType)"
  !insertmacro Associate ".assessa-packet" "Assessa.Packet" "$(PacketType)"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\assessa.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  !insertmacro Unassociate ".assessa" "Assessa.Project"
  !insertmacro Unassociate ".assessa-packet" "Assessa.Packet"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  ; Only what the installer put there: the user's projects live elsewhere and stay.
  RMDir /r "$INSTDIR\share"
  Delete "$INSTDIR\assessa.exe"
  Delete "$INSTDIR\assessa-cli.exe"
  Delete "$INSTDIR\assessa.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
