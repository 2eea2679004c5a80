# syntax=docker/dockerfile:1
ARG BASE=ubuntu:22.04
ARG RUNTIME
FROM maven:3.9.6-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

FROM build AS test
RUN mvn -B verify

FROM ${RUNTIME} AS custom
COPY --from=build /src/target/app.jar /opt/app.jar

FROM scratch AS artifact
COPY --from=build /src/target/app.jar /app.jar

FROM eclipse-temurin@sha256:3b2f1c0b7f0e4e5c9c1d2a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d
COPY --from=build /src/target/app.jar /opt/app.jar
USER 1000
CMD ["java", "-jar", "/opt/app.jar"]

FROM ${BASE}
RUN echo ok
