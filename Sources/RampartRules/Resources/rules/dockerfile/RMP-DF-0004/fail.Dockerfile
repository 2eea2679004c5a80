# syntax=docker/dockerfile:1
ARG BASE=ubuntu
FROM maven AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B dependency:go-offline
COPY src ./src
RUN mvn -B package -DskipTests

FROM ${BASE}
COPY --from=build /src/target/app.jar /opt/app.jar
USER 1000
CMD ["java", "-jar", "/opt/app.jar"]

FROM docker.io/library/eclipse-temurin AS jre
COPY --from=build /src/target/app.jar /opt/app.jar
