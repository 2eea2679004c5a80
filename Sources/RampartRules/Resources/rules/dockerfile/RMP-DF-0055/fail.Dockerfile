# syntax=docker/dockerfile:1
FROM opensuse/leap:15.5
RUN zypper install nginx=1.21.5 && zypper clean --all
RUN zypper --quiet in --no-recommends curl=8.0.1 && zypper clean -a
USER nginx
