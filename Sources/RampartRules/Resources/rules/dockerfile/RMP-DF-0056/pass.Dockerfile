# syntax=docker/dockerfile:1
FROM centos:7.9.2009
RUN yum install -y httpd-2.4.6-99.el7.centos.1 && yum clean all
RUN yum --setopt=tsflags=nodocs --assumeyes update && yum clean all
RUN yum -qy install mod_ssl-2.4.6-99.el7.centos.1 && yum clean all
RUN yum makecache && yum list installed
USER apache
