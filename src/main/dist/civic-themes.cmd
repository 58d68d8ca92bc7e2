@echo off
rem CivicThemes launcher for Windows, copied next to civic-themes.jar by `mvn package`; the same rules as the
rem shell launcher civic-themes beside it (docs/decisions/0011-launcher-jvm-settings.md).
rem   civic-themes                     opens the workbench
rem   civic-themes FILE                opens the workbench on an export (.xlsx .xls .csv .tsv .txt) or a .civicthemes project
rem   civic-themes FOLDER              opens the workbench on the results of a Spark run (a folder holding themes.json)
rem   civic-themes analyze FILE ...    runs a command without a window (civic-themes --help lists them)
rem A command runs with the throughput (parallel) collector and a heap that starts small and keeps at most 40% free;
rem on small input files read by words only, with the quick compiler (C1) alone. The workbench keeps the JVM's
rem defaults. Java: the runtime of an installed CivicThemes (..\runtime), else JAVA_HOME, else java on the PATH.
rem CIVIC_THEMES_JAVA_OPTS adds JVM options (for example -Xmx2g).
setlocal EnableExtensions EnableDelayedExpansion
set "here=%~dp0"
set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java.exe"
if exist "%here%..\runtime\bin\java.exe" set "java=%here%..\runtime\bin\java.exe"

if "%~1"=="" goto workbench
if not "%~2"=="" goto command
call :opens_in_workbench "%~1"
if not errorlevel 1 goto workbench

:command
set "compiler="
call :small_input %*
if errorlevel 1 goto run
call :words_only %*
if errorlevel 1 goto run
set "compiler=-XX:TieredStopAtLevel=1"
:run
"%java%" -XX:+UseParallelGC -Xms16m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 %compiler% %CIVIC_THEMES_JAVA_OPTS% -jar "%here%civic-themes.jar" %*
exit /b %errorlevel%

:workbench
"%java%" %CIVIC_THEMES_JAVA_OPTS% -jar "%here%civic-themes.jar" %*
exit /b %errorlevel%

rem One export or project file on its own opens the workbench on it (org.civicthemes.cli.WorkbenchFile).
:opens_in_workbench
set "arg=%~1"
if "%arg:~0,1%"=="-" exit /b 1
if exist "%~1\themes.json" exit /b 0
for %%e in (.xlsx .xls .csv .tsv .txt .civicthemes) do if /i "%~x1"=="%%e" exit /b 0
exit /b 1

rem Succeeds when the arguments name at least one existing file and every such file is small: below 70 MB for a
rem text export, below 12 MB for a spreadsheet.
:small_input
set "seen=no"
:small_next
if "%~1"=="" goto small_end
if exist "%~1\" goto small_shift
if not exist "%~1" goto small_shift
set "size=%~z1"
if not "!size:~9!"=="" exit /b 1
set "limit=12000000"
if /i "%~x1"==".csv" set "limit=70000000"
if /i "%~x1"==".tsv" set "limit=70000000"
if /i "%~x1"==".txt" set "limit=70000000"
if !size! GEQ !limit! exit /b 1
set "seen=yes"
:small_shift
shift
goto small_next
:small_end
if "%seen%"=="yes" exit /b 0
exit /b 1

rem Succeeds unless the command groups requests by meaning (analyze without --meaning off or --only-import).
:words_only
if /i not "%~1"=="analyze" exit /b 0
set "previous="
:words_next
if "%~1"=="" exit /b 1
if /i "%~1"=="--only-import" exit /b 0
if /i "%~1"=="--meaning=off" exit /b 0
if /i "!previous!"=="--meaning" if /i "%~1"=="off" exit /b 0
set "previous=%~1"
shift
goto words_next
