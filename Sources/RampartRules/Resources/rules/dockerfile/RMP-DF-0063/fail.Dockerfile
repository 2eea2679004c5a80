# syntax=docker/dockerfile:1
FROM alpine:3.19.1
COPY --chmod=4755 bin/helper /usr/local/bin/helper
RUN chmod u+s /usr/local/bin/helper
RUN install -d /srv/shared \
 && chmod 2775 /srv/shared
USER 65534
