# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN ln -sf /bin/bash /bin/sh
RUN rm /bin/sh \
 && cp /usr/bin/bash /bin/sh
USER 1000
