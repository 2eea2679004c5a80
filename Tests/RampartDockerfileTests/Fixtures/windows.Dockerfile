# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
ENV APP_HOME=C:\app
WORKDIR ${APP_HOME}
RUN New-Item -ItemType Directory -Path C:\data ; `
    Set-Content -Path C:\data\ready.txt -Value 'ok'
COPY app\ C:\app\
ADD https://example.com/tool.zip C:\tools\tool.zip
USER ContainerUser
CMD ["C:\\app\\server.exe"]
