# syntax=docker/dockerfile:1
FROM opensuse/leap:15.5
RUN zypper --non-interactive install nginx=1.21.5 && zypper clean --all
RUN zypper -n --quiet in --no-recommends curl=8.0.1 && zypper clean -a
RUN zypper install -y jq=1.6 && zypper clean -a
RUN zypper refresh && zypper lr
USER nginx
