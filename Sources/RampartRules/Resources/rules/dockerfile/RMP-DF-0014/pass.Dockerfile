# syntax=docker/dockerfile:1
FROM centos:7.9.2009
RUN yum install -y epel-release-7-14 && yum clean all
RUN yum install -y \
      httpd-2.4.6-99.el7.centos.1 \
      mod_ssl-2.4.6-99.el7.centos.1 \
      https://repo.example.com/agent-1.2.3.x86_64.rpm \
 && yum clean all
RUN yum -y --setopt=tsflags=nodocs install python3-3.6.8-21.el7_9 @development && yum clean all
RUN yum update -y && yum clean all
USER apache
CMD ["httpd", "-DFOREGROUND"]
