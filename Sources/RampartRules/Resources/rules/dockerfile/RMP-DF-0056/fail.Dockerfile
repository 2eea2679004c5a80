# syntax=docker/dockerfile:1
FROM centos:7.9.2009
RUN yum install httpd-2.4.6-99.el7.centos.1 && yum clean all
RUN yum --setopt=tsflags=nodocs update && yum clean all
USER apache
